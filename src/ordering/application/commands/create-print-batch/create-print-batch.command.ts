import { Command } from '@nestjs/cqrs';
import { RequestActor } from '../../../../shared/application/audit-log';

export interface CreatedPrintBatch {
  batchId: string;
  number: number;
  orderCount: number;
  itemCount: number;
}

/** Gathers every paid order not yet in a batch into a new print batch; those orders are then "in print". */
export class CreatePrintBatch extends Command<CreatedPrintBatch> {
  constructor(readonly actor: RequestActor) {
    super();
  }
}
