/** One of the candidate's own enquiries (anyone else's: not found). */
export class GetCandidateEnquiry {
  constructor(
    readonly candidateAccountId: string,
    readonly enquiryId: string,
  ) {}
}
