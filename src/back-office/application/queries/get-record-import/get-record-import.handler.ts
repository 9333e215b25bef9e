import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '../../../../shared/domain';
import { RecordImport } from '../../../domain/record-import';
import { RecordImportRepository } from '../../../domain/record-import.repository';
import { GetRecordImport } from './get-record-import.query';

@QueryHandler(GetRecordImport)
export class GetRecordImportHandler implements IQueryHandler<GetRecordImport> {
  constructor(private readonly imports: RecordImportRepository) {}

  async execute({ importId }: GetRecordImport): Promise<RecordImport> {
    const found = await this.imports.byId(importId);
    if (!found) throw new NotFoundError('BACK_OFFICE.IMPORT_NOT_FOUND', 'We could not find that import.');
    return found;
  }
}
