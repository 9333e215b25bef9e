import { PrintBatch } from '../../domain/print-batch';

/** A print batch as staff see it in lists and on its own page. */
export interface PrintBatchView {
  id: string;
  number: number;
  status: 'printing' | 'dispatched';
  orderCount: number;
  itemCount: number;
  /** The staff account that created it (null for one made by the command line). */
  createdBy: string | null;
  createdAt: string;
  dispatchedAt: string | null;
  /** Proof of qualification letters and certificate reprints in it (what there is to download). */
  letterCount: number;
  certificateCount: number;
}

export function printBatchView(
  b: PrintBatch,
  counts: { letters: number; certificates: number } = { letters: 0, certificates: 0 },
): PrintBatchView {
  return {
    id: b.id,
    number: b.number,
    status: b.status,
    orderCount: b.orderCount,
    itemCount: b.itemCount,
    createdBy: b.createdBy,
    createdAt: b.createdAt.toISOString(),
    dispatchedAt: b.dispatchedAt?.toISOString() ?? null,
    letterCount: counts.letters,
    certificateCount: counts.certificates,
  };
}
