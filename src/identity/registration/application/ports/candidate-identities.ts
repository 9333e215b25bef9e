import { CandidateIdentity } from '../views/candidate-identity';

/**
 * Candidate identities read straight from storage. A read model, not the repository: a checkout asks for
 * the candidate's name and email, and loading the Account aggregate for it put the account into the
 * checkout's unit of work, to be mapped, tracked and compared again at its flush.
 */
export abstract class CandidateIdentities {
  /** The candidate with this account id, as the caller's transaction sees it; null for any other account. */
  abstract of(accountId: string): Promise<CandidateIdentity | null>;
}
