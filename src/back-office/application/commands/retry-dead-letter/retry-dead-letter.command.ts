import { Command } from '@nestjs/cqrs';
import { RequestActor } from '../../../../shared/application/audit-log';

/** Staff give a dead-lettered job one more attempt (PLATFORM.JOB_NOT_FOUND if it is not dead-lettered). */
export class RetryDeadLetter extends Command<void> {
  constructor(
    readonly jobId: string,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
