import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { GetCandidateNumber } from '../application/queries/get-candidate-number/get-candidate-number.query';

/** The candidate number behind the logged-in account, asked of the application. */
@Injectable()
export class CandidateLookup {
  constructor(private readonly queries: QueryBus) {}

  numberOf(principal: { accountId: string; candidateNumber?: string | null }): Promise<string | null> {
    return this.queries.execute(new GetCandidateNumber(principal.accountId, principal.candidateNumber));
  }
}
