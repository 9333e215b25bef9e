import { Command } from '@nestjs/cqrs';
import { RequestActor } from '../../../../shared/application/audit-log';

/** Staff take a question off the FAQ for good. */
export class RemoveFaqEntry extends Command<void> {
  constructor(
    readonly id: string,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
