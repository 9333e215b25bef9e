import { Command } from '@nestjs/cqrs';
import { RequestActor } from '../../../../../shared/application/audit-log';

/**
 * The slow half of a password-reset request, run as a job after the request was answered: emails a
 * single-use reset link if the address has an account, and does nothing otherwise.
 */
export class IssuePasswordReset extends Command<void> {
  constructor(
    readonly email: string,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
