import { Query } from '@nestjs/cqrs';
import { AccountSummary } from '../../views/account-summary';

export type { AccountSummary } from '../../views/account-summary';

/** Names and contact details of several accounts at once (e.g. the parties of connections). */
export class GetAccountSummaries extends Query<AccountSummary[]> {
  constructor(
    readonly accountIds?: string[],
    readonly emails?: string[],
  ) {
    super();
  }
}
