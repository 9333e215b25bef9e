import { Query } from '@nestjs/cqrs';

export interface PrintBatchExport {
  filename: string;
  csv: string;
}

/** The print house's CSV: one row per document, with the delivery address and service. */
export class ExportPrintBatch extends Query<PrintBatchExport> {
  constructor(readonly batchId: string) {
    super();
  }
}
