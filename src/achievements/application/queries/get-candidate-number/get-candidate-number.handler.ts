import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CandidateAccounts } from '../../ports/candidate-accounts';
import { GetCandidateNumber } from './get-candidate-number.query';

@QueryHandler(GetCandidateNumber)
export class GetCandidateNumberHandler implements IQueryHandler<GetCandidateNumber, string | null> {
  constructor(private readonly accounts: CandidateAccounts) {}

  execute({ accountId, known }: GetCandidateNumber): Promise<string | null> {
    if (known !== undefined) return Promise.resolve(known);
    return this.accounts.candidateNumberOf(accountId);
  }
}
