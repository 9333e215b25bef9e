import { AchievementKind } from '../../domain/achievement-kind';

/** What names an achievement wherever it is listed: a search hit, a summary, a document card. */
export interface AchievementHeadline {
  certificateNumber: string;
  kind: AchievementKind;
  title: string;
  qualificationNumber: string | null;
  candidateNumber: string;
  fullName: string;
  issueDate: string;
}
