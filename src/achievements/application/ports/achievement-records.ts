import { AchievementRecord } from '../views/document-card';

/**
 * Achievements as recorded, read for lists of cards without loading aggregates (a read model: nothing
 * read here is changed or saved).
 */
export abstract class AchievementRecords {
  /** A candidate's achievements, newest issue first, then by certificate number. */
  abstract heldBy(candidateNumber: string): Promise<AchievementRecord[]>;
  /** The achievements among these certificate numbers that this candidate holds. */
  abstract ofHolder(candidateNumber: string, certificateNumbers: string[]): Promise<AchievementRecord[]>;
}
