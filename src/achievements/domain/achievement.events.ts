import { DomainEvent } from '../../shared/domain';

// Facts about achievements. Other contexts may react to them through achievements.public.ts.

export class AchievementIssued extends DomainEvent {
  readonly eventName = 'achievements.achievement-issued';
  constructor(
    readonly achievementId: string,
    readonly certificateNumber: string,
    readonly candidateNumber: string,
  ) {
    super();
  }
}

export class AchievementCorrected extends DomainEvent {
  readonly eventName = 'achievements.achievement-corrected';
  constructor(
    readonly achievementId: string,
    readonly certificateNumber: string,
    readonly changedFields: string[],
  ) {
    super();
  }
}

/** A revoked document stops verifying and stops being shared. */
export class AchievementRevoked extends DomainEvent {
  readonly eventName = 'achievements.achievement-revoked';
  constructor(
    readonly achievementId: string,
    readonly certificateNumber: string,
    readonly candidateNumber: string,
    readonly reason: string,
  ) {
    super();
  }
}
