import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EmailChangedV1 } from '../../../identity/identity.public';
import {
  IntegrationEventHandler,
  PayloadOf,
  SubscribesTo,
} from '../../../shared/application/integration-events';
import { FollowCandidateEmail } from '../../application/commands/follow-candidate-email/follow-candidate-email.command';

/** Connections copy the candidate's and the third party's email for their notices: keep them current. */
@Injectable()
@SubscribesTo({ event: EmailChangedV1, subscriber: 'sharing.follow-candidate-email' })
export class FollowCandidateEmailOnEmailChanged implements IntegrationEventHandler<
  PayloadOf<typeof EmailChangedV1>
> {
  constructor(private readonly commands: CommandBus) {}

  async handle({ accountId, email }: PayloadOf<typeof EmailChangedV1>): Promise<void> {
    await this.commands.execute(new FollowCandidateEmail(accountId, email));
  }
}
