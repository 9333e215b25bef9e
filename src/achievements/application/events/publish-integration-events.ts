import { publishes, publishingReaction } from '../../../shared/application/publishing-reaction';
import {
  AchievementCorrectedV1,
  AchievementIssuedV1,
  AchievementRevokedV1,
} from '../../achievements.integration-events';
import { AchievementCorrected, AchievementIssued, AchievementRevoked } from '../../domain/achievement.events';

/** Achievements' published contracts, from its domain events. */
export const PublishAchievementsIntegrationEvents = publishingReaction([
  publishes(AchievementIssued, AchievementIssuedV1, ({ certificateNumber, candidateNumber }) => ({
    certificateNumber,
    candidateNumber,
  })),
  publishes(AchievementCorrected, AchievementCorrectedV1, ({ certificateNumber, changedFields }) => ({
    certificateNumber,
    changedFields,
  })),
  publishes(AchievementRevoked, AchievementRevokedV1, ({ certificateNumber, candidateNumber, reason }) => ({
    certificateNumber,
    candidateNumber,
    reason,
  })),
]);
