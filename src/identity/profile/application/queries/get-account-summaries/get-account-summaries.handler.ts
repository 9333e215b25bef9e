import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AccountRepository } from '../../../../domain/account.repository';
import { cleanEmail } from '../../../../domain/email-address';
import { AccountSummary, GetAccountSummaries } from './get-account-summaries.query';

@QueryHandler(GetAccountSummaries)
export class GetAccountSummariesHandler implements IQueryHandler<GetAccountSummaries> {
  constructor(private readonly accounts: AccountRepository) {}

  async execute({ accountIds, emails }: GetAccountSummaries): Promise<AccountSummary[]> {
    const found = await this.accounts.find({ ids: accountIds ?? [], emails: (emails ?? []).map(cleanEmail) });
    return found.map((account) => ({
      accountId: account.id,
      role: account.role,
      status: account.status,
      email: account.email,
      displayName: account.displayName(),
      company: account.company,
      candidateNumber: account.candidateNumber,
      photoKey: account.photoKey,
    }));
  }
}
