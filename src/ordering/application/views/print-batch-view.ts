import { PrintBatch } from '../../domain/print-batch';

/** A print batch as staff see it in lists and on its own page. */
export interface PrintBatchView {
  id: string;
  number: number;
  status: 'printing' | 'dispatched';
  orderCount: number;
  itemCount: number;
  createdAt: string;
  dispatchedAt: string | null;
}

export function printBatchView(b: PrintBatch): PrintBatchView {
  return {
    id: b.id,
    number: b.number,
    status: b.status,
    orderCount: b.orderCount,
    itemCount: b.itemCount,
    createdAt: b.createdAt.toISOString(),
    dispatchedAt: b.dispatchedAt?.toISOString() ?? null,
  };
}
