import { Command } from '@nestjs/cqrs';
import { RequestActor } from '../../../../shared/application/audit-log';

/** Emails a single-use reset link if the address has an account; answers the same either way. */
export class RequestPasswordReset extends Command<void> {
  constructor(
    readonly email: string,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
