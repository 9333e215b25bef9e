import { Query } from '@nestjs/cqrs';
import { AchievementHeadline } from '../../views/achievement-headline';

/** Short facts about achievements by certificate number (basket lines, connection permissions). */
export class GetAchievementSummaries extends Query<AchievementSummary[]> {
  constructor(readonly certificateNumbers: string[]) {
    super();
  }
}

export interface AchievementSummary extends AchievementHeadline {
  grade: string | null;
  /** The code printed on its documents, for letters that quote it. */
  verificationCode: string;
  revoked: boolean;
  shareable: boolean;
  documents: { ecertificate: boolean; etranscript: boolean };
}
