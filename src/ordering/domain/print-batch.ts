import { AggregateRoot } from '../../shared/domain';
import { Order } from './order';
import { NothingToBatchError, PrintBatchAlreadyDispatchedError } from './ordering.errors';
import { PrintBatchCreated, PrintBatchDispatched } from './print-batch.events';

/** Paid orders gathered for the print house; dispatching it dispatches every order in it. */
export class PrintBatch extends AggregateRoot {
  // Changed only by dispatch(); the persistence mapping writes these fields to their columns.
  private _status: 'printing' | 'dispatched' = 'printing';
  private _dispatchedAt: Date | null = null;

  constructor(
    readonly id: string,
    readonly number: number,
    readonly orderCount: number,
    readonly itemCount: number,
    readonly createdBy: string | null,
    readonly createdAt: Date,
  ) {
    super();
  }

  get status(): 'printing' | 'dispatched' {
    return this._status;
  }

  get dispatchedAt(): Date | null {
    return this._dispatchedAt;
  }

  /** Gathers paid orders not yet in a batch: each joins the batch and goes to print. */
  static gather(
    orders: readonly Order[],
    batch: { id: string; number: number; createdBy: string | null; at: Date },
  ): PrintBatch {
    if (orders.length === 0) throw new NothingToBatchError();
    const itemCount = orders.reduce((sum, order) => sum + order.itemCount(), 0);
    const created = new PrintBatch(
      batch.id,
      batch.number,
      orders.length,
      itemCount,
      batch.createdBy,
      batch.at,
    );
    for (const order of orders) order.addToPrintBatch(created.id);
    created.record(
      new PrintBatchCreated(
        created.id,
        created.number,
        orders.map((order) => order.id),
      ),
    );
    return created;
  }

  dispatch(at: Date): void {
    if (this._status === 'dispatched') throw new PrintBatchAlreadyDispatchedError();
    this._status = 'dispatched';
    this._dispatchedAt = at;
    this.record(new PrintBatchDispatched(this.id));
  }
}

export abstract class PrintBatchRepository {
  abstract nextNumber(): Promise<number>;
  /** Written at once: orders refer to it in the same transaction. */
  abstract add(batch: PrintBatch): Promise<void>;
  abstract findById(id: string): Promise<PrintBatch | undefined>;
  abstract list(page: { offset: number; limit: number }): Promise<{ items: PrintBatch[]; total: number }>;
}
