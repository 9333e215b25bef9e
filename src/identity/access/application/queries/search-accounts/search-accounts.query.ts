import { Query } from '@nestjs/cqrs';
import type { AccountSearchHit } from '../../ports/account-search';

export type { AccountSearchHit };

/** The back office's search box, over accounts: name, email, candidate number or date of birth. */
export class SearchAccounts extends Query<AccountSearchHit[]> {
  constructor(
    readonly term: string,
    readonly limit = 20,
  ) {
    super();
  }
}
