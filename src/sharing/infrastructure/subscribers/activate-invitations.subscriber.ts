import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EmailVerifiedV1 } from '../../../identity/identity.public';
import {
  IntegrationEventHandler,
  PayloadOf,
  SubscribesTo,
} from '../../../shared/application/integration-events';
import { ActivateInvitations } from '../../application/commands/activate-invitations/activate-invitations.command';

/** A third party's verified address brings the connections invited at it into force. */
@Injectable()
@SubscribesTo({ event: EmailVerifiedV1, subscriber: 'sharing.activate-invitations' })
export class ActivateInvitationsOnEmailVerified implements IntegrationEventHandler<
  PayloadOf<typeof EmailVerifiedV1>
> {
  constructor(private readonly commands: CommandBus) {}

  async handle({ accountId, role, email }: PayloadOf<typeof EmailVerifiedV1>): Promise<void> {
    if (role !== 'third_party') return;
    await this.commands.execute(new ActivateInvitations(accountId, email));
  }
}
