import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
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

/** 1990-12-10 or 10/12/1990 (the way staff read dates) as ISO, else null. */
export function isoDateIn(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const british = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : british
      ? [british[3], british[2], british[1]]
      : [];
  if (!year) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (
    Number.isNaN(date.getTime()) ||
    date.getUTCDate() !== Number(day) ||
    date.getUTCMonth() !== Number(month) - 1
  )
    return null;
  return date.toISOString().slice(0, 10);
}
