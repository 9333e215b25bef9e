import { PrintBatchAlreadyDispatchedError } from './ordering.errors';

/** Paid orders gathered for the print house; dispatching it dispatches every order in it. */
export class PrintBatch {
  status: 'printing' | 'dispatched' = 'printing';
  dispatchedAt: Date | null = null;

  constructor(
    readonly id: string,
    readonly number: number,
    readonly orderCount: number,
    readonly itemCount: number,
    readonly createdBy: string | null,
    readonly createdAt: Date,
  ) {}

  dispatch(at: Date): void {
    if (this.status === 'dispatched') throw new PrintBatchAlreadyDispatchedError();
    this.status = 'dispatched';
    this.dispatchedAt = at;
  }
}

export abstract class PrintBatchRepository {
  abstract nextNumber(): Promise<number>;
  /** Written at once: orders refer to it in the same transaction. */
  abstract add(batch: PrintBatch): Promise<void>;
  abstract findById(id: string): Promise<PrintBatch | undefined>;
  abstract list(page: { offset: number; limit: number }): Promise<{ items: PrintBatch[]; total: number }>;
}
