import { Command } from '@nestjs/cqrs';
import { RequestActor } from '../../../../../shared/application/audit-log';

/** Staff refuse a pending registration, with a reason the candidate is told. */
export class RejectRegistration extends Command<{ accountId: string; status: 'rejected' }> {
  constructor(
    readonly accountId: string,
    readonly reason: string,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
