import { Command } from '@nestjs/cqrs';
import { RequestActor } from '../../../../shared/application/audit-log';

/** The print house has printed and posted the batch: its orders are dispatched and the candidates told. */
export class DispatchPrintBatch extends Command<{ batchId: string; dispatchedOrders: number }> {
  constructor(
    readonly batchId: string,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
