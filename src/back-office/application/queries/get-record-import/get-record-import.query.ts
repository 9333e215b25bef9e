import { Query } from '@nestjs/cqrs';
import { RecordImport } from '../../../domain/record-import';

/** One import's report (BACK_OFFICE.IMPORT_NOT_FOUND if unknown). */
export class GetRecordImport extends Query<RecordImport> {
  constructor(readonly importId: string) {
    super();
  }
}
