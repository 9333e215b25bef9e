import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { RecordImportRepository } from '../../../domain/record-import.repository';
import { ListRecordImports, RecordImportPage } from './list-record-imports.query';

@QueryHandler(ListRecordImports)
export class ListRecordImportsHandler implements IQueryHandler<ListRecordImports> {
  constructor(private readonly imports: RecordImportRepository) {}

  async execute({ page, pageSize }: ListRecordImports): Promise<RecordImportPage> {
    const { items, total } = await this.imports.list({ offset: (page - 1) * pageSize, limit: pageSize });
    return { items, page, pageSize, totalItems: total, totalPages: Math.max(1, Math.ceil(total / pageSize)) };
  }
}
