/** Who a candidate is, as Achievements, Sharing and Ordering need it (GetCandidateIdentity). */
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
