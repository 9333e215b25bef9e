import { Query } from '@nestjs/cqrs';

export interface CandidateIdentity {
  accountId: string;
  /** Null while the account is not linked to a candidate record (pending authorisation). */
  candidateNumber: string | null;
  displayName: string;
  firstName: string;
  surname: string;
  email: string;
  /** Whether the candidate has a profile photo (shown to third parties they share with). */
  hasPhoto: boolean;
}

/** Which candidate number an account holds, and its name: for Achievements, Sharing and Ordering. Null if not a candidate. */
export class GetCandidateIdentity extends Query<CandidateIdentity | null> {
  constructor(readonly accountId: string) {
    super();
  }
}
