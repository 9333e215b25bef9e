import { Injectable } from '@nestjs/common';
import { CandidateAccounts } from '../application/ports/candidate-accounts';

/** The candidate number behind the logged-in account (Identity keeps the link). */
@Injectable()
export class CandidateLookup {
  constructor(private readonly accounts: CandidateAccounts) {}

  numberOf(principal: { accountId: string; candidateNumber?: string | null }): Promise<string | null> {
    // The principal already carries it when it was resolved from the account on this request.
    if (principal.candidateNumber !== undefined) return Promise.resolve(principal.candidateNumber);
    return this.accounts.candidateNumberOf(principal.accountId);
  }
}
