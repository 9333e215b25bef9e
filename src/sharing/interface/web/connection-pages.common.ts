import { validateForm } from '../../../shared/web/forms/validate-form';
import { ConnectionPageQuery } from './connection-forms';

// What the candidate's and the third party's connection pages share: breadcrumbs and paging.

export const HOME = { label: 'Candidate Home', href: '/home' };
export const CONNECTIONS = { label: 'Connections', href: '/connections' };

/** The page's query; one that does not read (a repeated parameter, say) is taken as none. */
export async function pageQueryOf(query: Record<string, unknown>): Promise<ConnectionPageQuery> {
  const form = await validateForm(ConnectionPageQuery, query);
  return form.ok ? form.value : new ConnectionPageQuery();
}

/** A page past the end (?page=99 of 2) shows the last page, not "Page 99 of 2" above an empty list. */
export async function lastPageIfPast<T extends { totalPages: number }>(
  page: number,
  load: (page: number) => Promise<T>,
): Promise<T> {
  const list = await load(page);
  return page > list.totalPages ? load(list.totalPages) : list;
}
