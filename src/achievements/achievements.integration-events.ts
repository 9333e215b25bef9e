import { integrationEvent } from '../shared/application/integration-events';

// What Achievements tells the other contexts, as versioned contracts (delivered after the commit,
// through the outbox; subscribe with @SubscribesTo and handle idempotently).

export const AchievementIssuedV1 = integrationEvent<{ certificateNumber: string; candidateNumber: string }>(
  'achievements.achievement-issued',
  1,
);

/** Staff corrected the record; documents issued before show the old details. */
export const AchievementCorrectedV1 = integrationEvent<{
  certificateNumber: string;
  changedFields: string[];
}>('achievements.achievement-corrected', 1);

/** The achievement no longer stands: its documents stop verifying and stop being shared. */
export const AchievementRevokedV1 = integrationEvent<{
  certificateNumber: string;
  candidateNumber: string;
  reason: string;
}>('achievements.achievement-revoked', 1);
