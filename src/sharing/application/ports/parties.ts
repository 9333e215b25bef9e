import { CandidateParty } from '../../domain/connection';

export interface ThirdPartyAccount {
  accountId: string;
  email: string;
  firstName: string;
  surname: string;
  displayName: string;
  company: string;
}

/** Who the parties of a connection are, as Identity knows them. */
export abstract class Parties {
  /** The candidate behind an account, or null when the account is not a candidate linked to a record. */
  abstract candidate(accountId: string): Promise<CandidateParty | null>;

  /** The active candidate with these details, or null (the caller never says which). */
  abstract candidateByDetails(
    candidateNumber: string,
    surname: string,
    dateOfBirth: string,
  ): Promise<CandidateParty | null>;

  /** The active, verified third-party account with this email, if there is one. */
  abstract thirdPartyByEmail(email: string): Promise<ThirdPartyAccount | null>;

  abstract thirdParty(accountId: string): Promise<ThirdPartyAccount | null>;

  /** The candidate's profile photo, or null when there is none (the caller has checked the reader may see it). */
  abstract candidatePhoto(accountId: string): Promise<Buffer | null>;
}
