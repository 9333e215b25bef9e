import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { OrderRepository } from '../../../domain/order';
import { PrintBatchNotFoundError } from '../../../domain/ordering.errors';
import { csvText } from '../../../../shared/application/csv';
import { printedLines } from '../../../domain/postal-address';
import { PrintBatchRepository } from '../../../domain/print-batch';
import { describeReason } from '../../../domain/reprint-reason';
import { ExportPrintBatch, PrintBatchExport } from './export-print-batch.query';

const COLUMNS = [
  'batch',
  'order',
  'document',
  'product',
  'certificate_number',
  'qualification_title',
  'reason',
  'copies',
  'recipient',
  'address_line_1',
  'address_line_2',
  'town',
  'county',
  'postcode',
  'country',
  'delivery_service',
  'international',
];

@QueryHandler(ExportPrintBatch)
export class ExportPrintBatchHandler implements IQueryHandler<ExportPrintBatch, PrintBatchExport> {
  constructor(
    private readonly batches: PrintBatchRepository,
    private readonly orders: OrderRepository,
  ) {}

  async execute({ batchId }: ExportPrintBatch): Promise<PrintBatchExport> {
    const batch = await this.batches.findById(batchId);
    if (!batch) throw new PrintBatchNotFoundError();
    const rows: unknown[][] = [COLUMNS];
    for (const order of await this.orders.listInBatch(batch.id)) {
      for (const line of order.lines) {
        rows.push([
          batch.number,
          order.number,
          line.productCode === 'poq-letter' ? 'Proof of qualification letter' : 'Certificate',
          line.productName,
          line.certificateNumber,
          line.qualificationTitle,
          describeReason({ reason: line.reason, text: line.reasonText }),
          line.quantity,
          ...printedLines(order.deliveryAddress),
          order.delivery.name,
          order.delivery.international ? 'yes' : 'no',
        ]);
      }
    }
    return {
      filename: `print-batch-${batch.number}.csv`,
      csv: csvText(rows),
    };
  }
}
