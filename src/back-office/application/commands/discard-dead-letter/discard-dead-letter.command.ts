import { Command } from '@nestjs/cqrs';
import { RequestActor } from '../../../../shared/application/audit-log';

/** Staff forget a dead-lettered job for good (PLATFORM.JOB_NOT_FOUND if it is not dead-lettered). */
export class DiscardDeadLetter extends Command<void> {
  constructor(
    readonly jobId: string,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
