import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CandidateProfileChangedV1 } from '../../../identity/identity.public';
import {
  IntegrationEventDelivery,
  IntegrationEventHandler,
  PayloadOf,
  SubscribesTo,
} from '../../../shared/application/integration-events';
import { FollowCandidateProfile } from '../../application/commands/follow-candidate-profile/follow-candidate-profile.command';

/** Connections show third parties the candidate's name and photo: keep their copy current. */
@Injectable()
@SubscribesTo({ event: CandidateProfileChangedV1, subscriber: 'sharing.follow-candidate-profile' })
export class FollowCandidateProfileOnProfileChanged implements IntegrationEventHandler<
  PayloadOf<typeof CandidateProfileChangedV1>
> {
  constructor(private readonly commands: CommandBus) {}

  async handle(
    { accountId, displayName, hasPhoto }: PayloadOf<typeof CandidateProfileChangedV1>,
    { occurredAt }: IntegrationEventDelivery,
  ): Promise<void> {
    // Deliveries may arrive late or twice: the time the change was published orders them.
    await this.commands.execute(
      new FollowCandidateProfile(accountId, { name: displayName, hasPhoto, changedAt: occurredAt }),
    );
  }
}
