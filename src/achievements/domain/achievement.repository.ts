import { Achievement } from './achievement';

/** Where achievements are kept. Reads by certificate number ignore case (numbers are stored upper-case). */
export abstract class AchievementRepository {
  abstract findByCertificateNumber(certificateNumber: string): Promise<Achievement | undefined>;
  abstract findByCertificateNumbers(certificateNumbers: string[]): Promise<Achievement[]>;
  /**
   * The achievements as stored, to compare many at once: they are not tracked, so changing one saves
   * nothing (load it with findByCertificateNumbers to change it).
   */
  abstract peekByCertificateNumbers(certificateNumbers: string[]): Promise<Achievement[]>;
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
