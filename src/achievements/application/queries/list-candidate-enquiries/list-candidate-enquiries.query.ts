/** A candidate's own enquiries, newest activity first. */
export class ListCandidateEnquiries {
  constructor(readonly candidateAccountId: string) {}
}
