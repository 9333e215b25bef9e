/** How to reach a candidate's account (owned by Identity), read when needed, never copied. */
export interface CandidateContact {
  email: string;
  name: string;
}

/** The accounts of candidates, as Identity knows them. */
export abstract class CandidateAccounts {
  /** The candidate number an account is linked to; null when not linked (or not a candidate). */
  abstract candidateNumberOf(accountId: string): Promise<string | null>;
  abstract contactFor(accountId: string): Promise<CandidateContact | undefined>;
}
