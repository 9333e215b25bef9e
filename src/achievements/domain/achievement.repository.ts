import { Achievement } from './achievement';
import { AchievementDetails } from './achievement-details';

/** Where achievements are kept. Reads by certificate number ignore case (numbers are stored upper-case). */
export abstract class AchievementRepository {
  abstract findByCertificateNumber(certificateNumber: string): Promise<Achievement | undefined>;
  abstract findByCertificateNumbers(certificateNumbers: string[]): Promise<Achievement[]>;
  /**
   * The details held for these certificate numbers (upper-case), to compare many at once without
   * loading an aggregate for each: load the ones to change with findByCertificateNumbers.
   */
  abstract detailsByCertificateNumbers(
    certificateNumbers: string[],
  ): Promise<Map<string, AchievementDetails>>;
  abstract findByVerificationCode(code: string): Promise<Achievement | undefined>;
  /** Newest issue first. */
  abstract listHeldBy(candidateNumber: string): Promise<Achievement[]>;
  abstract countHeldBy(candidateNumber: string): Promise<number>;
  abstract add(achievement: Achievement): void;
  /**
   * Writes many new achievements at once, in the unit of work (their events are dispatched before it
   * commits, as for `add`): the bulk import's path.
   */
  abstract addAll(achievements: Achievement[]): Promise<void>;
}
