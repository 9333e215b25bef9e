import { Command } from '@nestjs/cqrs';
import { RequestActor } from '../../../../../shared/application/audit-log';

/** The job that issues the reset link, queued by every request whatever the address. */
export const PASSWORD_RESET_TOPIC = 'identity.password-reset';

export interface PasswordResetJob {
  email: string;
  ip: string | null;
}

/** Emails a single-use reset link if the address has an account; answers the same either way. */
export class RequestPasswordReset extends Command<void> {
  constructor(
    readonly email: string,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
