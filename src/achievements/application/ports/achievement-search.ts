import { AchievementKind } from '../../domain/achievement-kind';

export interface AchievementSearchHit {
  certificateNumber: string;
  kind: AchievementKind;
  title: string;
  qualificationNumber: string | null;
  candidateNumber: string;
  fullName: string;
  issueDate: string;
  revoked: boolean;
}

/** Staff search over achievements: certificate number, qualification number or title, anywhere in them. */
export abstract class AchievementSearch {
  abstract search(criteria: { text: string; limit: number }): Promise<AchievementSearchHit[]>;
}
