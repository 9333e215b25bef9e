import { Query } from '@nestjs/cqrs';
import { AchievementKind } from '../../../domain/achievement-kind';

/** Every achievement of a candidate with what of it can be shared (for Sharing's permission forms). */
export class ListShareableAchievements extends Query<ShareableAchievement[]> {
  constructor(readonly candidateNumber: string | null) {
    super();
  }
}

export interface ShareableAchievement {
  certificateNumber: string;
  kind: AchievementKind;
  title: string;
  qualificationNumber: string | null;
  issueDate: string;
  /** Issued on or after 1 November 2017 and not revoked. */
  shareable: boolean;
  /** The documents that may be shared; empty when not shareable. */
  documents: { ecertificate: boolean; etranscript: boolean };
  /** Why it cannot be shared, when it cannot. */
  reason: string | null;
}
