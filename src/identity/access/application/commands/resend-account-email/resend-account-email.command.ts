import { Command } from '@nestjs/cqrs';
import { RequestActor } from '../../../../../shared/application/audit-log';

export type AccountEmailKind = 'activation' | 'password-reset';

/**
 * Support staff send a person a fresh link: the activation (email confirmation) link while the address
 * is unconfirmed, or a password reset link. Any earlier link of that kind stops working.
 */
export class ResendAccountEmail extends Command<void> {
  constructor(
    readonly accountId: string,
    readonly kind: AccountEmailKind,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
