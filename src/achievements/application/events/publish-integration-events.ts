import { Injectable } from '@nestjs/common';
import { DomainEventReaction, ReactsTo } from '../../../shared/application/domain-event-reaction';
import { IntegrationEvents } from '../../../shared/application/integration-events';
import {
  AchievementCorrectedV1,
  AchievementIssuedV1,
  AchievementRevokedV1,
} from '../../achievements.integration-events';
import { AchievementCorrected, AchievementIssued, AchievementRevoked } from '../../domain/achievement.events';

type Published = AchievementIssued | AchievementCorrected | AchievementRevoked;

/** Turns Achievements' domain events into its published contracts, in the same transaction. */
@Injectable()
@ReactsTo([AchievementIssued, AchievementCorrected, AchievementRevoked])
export class PublishAchievementsIntegrationEvents implements DomainEventReaction<Published> {
  constructor(private readonly events: IntegrationEvents) {}

  async handle(event: Published): Promise<void> {
    const { certificateNumber } = event;
    if (event instanceof AchievementIssued)
      this.events.publish(AchievementIssuedV1, { certificateNumber, candidateNumber: event.candidateNumber });
    else if (event instanceof AchievementCorrected)
      this.events.publish(AchievementCorrectedV1, { certificateNumber, changedFields: event.changedFields });
    else
      this.events.publish(AchievementRevokedV1, {
        certificateNumber,
        candidateNumber: event.candidateNumber,
        reason: event.reason,
      });
  }
}
