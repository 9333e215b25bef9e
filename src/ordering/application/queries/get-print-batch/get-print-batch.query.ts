import { Query } from '@nestjs/cqrs';
import { PrintBatchView } from '../../views/print-batch-view';
import { StaffOrderView } from '../../views/staff-order-view';

/** Staff: one print batch with its orders. */
export class GetPrintBatch extends Query<{ batch: PrintBatchView; orders: StaffOrderView[] }> {
  constructor(readonly batchId: string) {
    super();
  }
}
