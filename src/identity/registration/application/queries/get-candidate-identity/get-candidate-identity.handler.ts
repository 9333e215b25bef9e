import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AccountRepository } from '../../../../domain/account.repository';
import { CandidateIdentity, GetCandidateIdentity } from './get-candidate-identity.query';

@QueryHandler(GetCandidateIdentity)
export class GetCandidateIdentityHandler implements IQueryHandler<GetCandidateIdentity> {
  constructor(private readonly accounts: AccountRepository) {}

  async execute({ accountId }: GetCandidateIdentity): Promise<CandidateIdentity | null> {
    const account = await this.accounts.byId(accountId);
    if (!account || account.role !== 'candidate') return null;
    return {
      accountId: account.id,
      candidateNumber: account.candidateNumber,
      displayName: account.displayName(),
      firstName: account.firstName,
      surname: account.surname,
      email: account.email,
      hasPhoto: account.photoKey !== null,
    };
  }
}
