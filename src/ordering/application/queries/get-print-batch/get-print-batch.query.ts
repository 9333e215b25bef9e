import { Query } from '@nestjs/cqrs';
import { PrintBatchView } from '../list-print-batches/list-print-batches.query';
import { StaffOrderView } from '../list-orders/list-orders.query';

/** Staff: one print batch with its orders. */
export class GetPrintBatch extends Query<{ batch: PrintBatchView; orders: StaffOrderView[] }> {
  constructor(readonly batchId: string) {
    super();
  }
}
