import { Achievement } from './achievement';

/** Where achievements are kept. Reads by certificate number ignore case (numbers are stored upper-case). */
export abstract class AchievementRepository {
  abstract findByCertificateNumber(certificateNumber: string): Promise<Achievement | undefined>;
  abstract findByCertificateNumbers(certificateNumbers: string[]): Promise<Achievement[]>;
  abstract findByVerificationCode(code: string): Promise<Achievement | undefined>;
  /** Newest issue first. */
  abstract listHeldBy(candidateNumber: string): Promise<Achievement[]>;
  abstract countHeldBy(candidateNumber: string): Promise<number>;
  abstract add(achievement: Achievement): void;
}
