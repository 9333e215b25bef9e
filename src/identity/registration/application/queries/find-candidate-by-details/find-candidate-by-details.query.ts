import { Query } from '@nestjs/cqrs';

export interface MatchedCandidate {
  accountId: string;
  candidateNumber: string;
  displayName: string;
  email: string;
  /** Whether the candidate has a profile photo (shown to third parties they share with). */
  hasPhoto: boolean;
}

/**
 * The active candidate account whose record has this candidate number, surname (compared as name keys)
 * and date of birth; null otherwise. For Sharing's connection requests: the caller must never tell the
 * asker which it was.
 */
export class FindCandidateByDetails extends Query<MatchedCandidate | null> {
  constructor(
    readonly candidateNumber: string,
    readonly surname: string,
    readonly dateOfBirth: string,
  ) {
    super();
  }
}
