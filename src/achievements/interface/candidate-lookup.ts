import { Injectable } from '@nestjs/common';
import { CandidateAccounts } from '../application/ports/candidate-accounts';

/** The candidate number behind the logged-in account (Identity keeps the link). */
@Injectable()
export class CandidateLookup {
  constructor(private readonly accounts: CandidateAccounts) {}

  numberOf(principal: { accountId: string }): Promise<string | null> {
    return this.accounts.candidateNumberOf(principal.accountId);
  }
}
