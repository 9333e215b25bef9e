import { Command } from '@nestjs/cqrs';
import { RequestActor } from '../../../../../shared/application/audit-log';

/** Sets a new password from an emailed reset (or staff invitation) link; ends every session and token. */
export class ResetPassword extends Command<{ accountId: string }> {
  constructor(
    readonly token: string,
    readonly newPassword: string,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
