import { Query } from '@nestjs/cqrs';
import { RecordImport } from '../../../domain/record-import';

export interface RecordImportPage {
  items: RecordImport[];
  page: number;
  pageSize: number;
  totalItems: number;
  totalPages: number;
}

/** The history of imports from the Records page, newest first. */
export class ListRecordImports extends Query<RecordImportPage> {
  constructor(
    readonly page: number,
    readonly pageSize: number,
  ) {
    super();
  }
}
