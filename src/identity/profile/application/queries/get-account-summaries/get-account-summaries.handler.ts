import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { cleanEmail } from '../../../../domain/email-address';
import { AccountSummaries } from '../../ports/account-summaries';
import { AccountSummary } from '../../views/account-summary';
import { GetAccountSummaries } from './get-account-summaries.query';

@QueryHandler(GetAccountSummaries)
export class GetAccountSummariesHandler implements IQueryHandler<GetAccountSummaries> {
  constructor(private readonly summaries: AccountSummaries) {}

  execute({ accountIds, emails }: GetAccountSummaries): Promise<AccountSummary[]> {
    return this.summaries.find({ ids: accountIds ?? [], emails: (emails ?? []).map(cleanEmail) });
  }
}
