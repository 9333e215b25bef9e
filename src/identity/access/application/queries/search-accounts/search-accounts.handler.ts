import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { parseWrittenDate } from '../../../../domain/calendar-date';
import { AccountSearch, AccountSearchHit } from '../../ports/account-search';
import { SearchAccounts } from './search-accounts.query';

/** Longer input cannot match any field better; it is cut rather than refused. */
const MAX_TERM_LENGTH = 100;

@QueryHandler(SearchAccounts)
export class SearchAccountsHandler implements IQueryHandler<SearchAccounts> {
  constructor(private readonly search: AccountSearch) {}

  async execute({ term, limit }: SearchAccounts): Promise<AccountSearchHit[]> {
    const text = term.trim().slice(0, MAX_TERM_LENGTH);
    if (text.length < 2) return [];
    return this.search.search({
      text,
      dateOfBirth: isoDateIn(text),
      limit: Math.min(Math.max(limit, 1), 100),
    });
  }
}

/** A date of birth as staff type it (1990-12-10, 10/12/1990, or "10 December 1990" as the pages show it) as ISO, else null. */
export function isoDateIn(text: string): string | null {
  return parseWrittenDate(text) ?? null;
}
