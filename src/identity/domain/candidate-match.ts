import { CandidateRecord } from './candidate-record';
import { UNKNOWN_CANDIDATE_NUMBER } from './candidate-number';
import { nameKey } from './name-key';

/** What a registering candidate told us about themselves, already cleaned. */
export interface ClaimedIdentity {
  /** The candidate number, or NA when unknown. */
  candidateNumber: string;
  firstName: string;
  surname: string;
  dateOfBirth: string;
}

/** The index lookup that matching needs: the stored keys to compare and how many records to fetch. */
export type MatchLookup =
  | { by: 'candidate-number'; candidateNumber: string; surnameKey: string; dateOfBirth: string }
  | { by: 'names'; firstNameKey: string; surnameKey: string; dateOfBirth: string };

export type MatchOutcome =
  | { matched: true; record: CandidateRecord }
  | { matched: false; reason: 'no-record' | 'ambiguous' | 'already-linked' };

/**
 * The matching rule (product.md "Identity"): with a candidate number, number + surname + date of birth
 * must match one record; with NA, first name + surname + date of birth must match exactly one record.
 * Names compare on their keys (case, whitespace, accents and punctuation ignored); the date exactly.
 */
export function matchLookupFor(claim: ClaimedIdentity): MatchLookup {
  if (claim.candidateNumber === UNKNOWN_CANDIDATE_NUMBER) {
    return {
      by: 'names',
      firstNameKey: nameKey(claim.firstName),
      surnameKey: nameKey(claim.surname),
      dateOfBirth: claim.dateOfBirth,
    };
  }
  return {
    by: 'candidate-number',
    candidateNumber: claim.candidateNumber,
    surnameKey: nameKey(claim.surname),
    dateOfBirth: claim.dateOfBirth,
  };
}

/** How many records the lookup must fetch to tell "exactly one" from "several". */
export const MATCH_LOOKUP_LIMIT = 2;

/**
 * Decides from the records the lookup found (at most two) and whether the single one is already linked.
 * A record already linked to an account is never silently re-linked: the registration waits for staff.
 */
export function decideMatch(
  found: CandidateRecord[],
  isLinked: (record: CandidateRecord) => boolean,
): MatchOutcome {
  if (found.length === 0) return { matched: false, reason: 'no-record' };
  if (found.length > 1) return { matched: false, reason: 'ambiguous' };
  if (isLinked(found[0])) return { matched: false, reason: 'already-linked' };
  return { matched: true, record: found[0] };
}
