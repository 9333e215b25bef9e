/** A request for access whose candidate number, surname and date of birth matched no candidate. */
export interface UnmatchedRequest {
  id: string;
  thirdPartyAccountId: string;
  /** As typed (trimmed, upper case), shown on the third party's pending card. */
  candidateNumber: string;
  surname: string;
  dateOfBirth: string;
  message: string | null;
  createdAt: Date;
}

/**
 * Unmatched requests, kept so the third party's list shows a pending card whether or not the details
 * matched (a card only for a match would tell them who is a candidate). Only the third party who asked
 * ever sees one; no candidate, no staff list, no email. Like any request no candidate has answered, it
 * stays pending.
 */
export abstract class UnmatchedRequests {
  /** Keeps the request, once per third party and candidate number (asking again changes nothing). */
  abstract record(request: UnmatchedRequest): Promise<void>;

  /** The third party's newest `limit` unmatched requests and how many there are. */
  abstract newestOf(
    thirdPartyAccountId: string,
    limit: number,
  ): Promise<{ items: UnmatchedRequest[]; total: number }>;
}
