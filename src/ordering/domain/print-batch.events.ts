import { DomainEvent } from '../../shared/domain';

export class PrintBatchCreated extends DomainEvent {
  readonly eventName = 'ordering.print-batch-created';
  constructor(
    readonly batchId: string,
    readonly number: number,
    readonly orderIds: readonly string[],
  ) {
    super();
  }
}

export class PrintBatchDispatched extends DomainEvent {
  readonly eventName = 'ordering.print-batch-dispatched';
  constructor(readonly batchId: string) {
    super();
  }
}
