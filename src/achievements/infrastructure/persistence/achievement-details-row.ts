import { AchievementKind } from '../../domain/achievement-kind';
import { TranscriptUnit } from '../../domain/transcript-unit';

/** An achievement's details as the SQL adapters select them from `achievements` (dates as YYYY-MM-DD text). */
export interface AchievementDetailsRow {
  certificate_number: string;
  kind: AchievementKind;
  title: string;
  qualification_number: string | null;
  candidate_number: string;
  full_name: string;
  grade: string | null;
  issue_date: string;
  centre: string | null;
  expiry_date: string | null;
  description: string | null;
  units: TranscriptUnit[];
}
