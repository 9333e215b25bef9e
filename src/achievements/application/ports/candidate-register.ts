/**
 * The candidate records (owned by Identity): achievements may only be issued to a known candidate.
 */
export abstract class CandidateRegister {
  /** Which of these candidate numbers have a candidate record. */
  abstract existing(candidateNumbers: string[]): Promise<Set<string>>;
}
