// Small builders for the shapes the shared partials expect, so every page gives them the same data.

export interface Breadcrumb {
  label: string;
  /** Absent for the current page (the last crumb). */
  href?: string;
}

export interface Step {
  number: number;
  label: string;
  state: 'complete' | 'current' | 'upcoming';
  /** A completed step may link back (e.g. "Previous" flows). */
  href?: string;
}

/** Steps for `{{> step-indicator steps=steps}}`; `current` counts from 0. */
export function stepsFor(labels: string[], current: number, hrefs: Array<string | undefined> = []): Step[] {
  return labels.map((label, index) => ({
    number: index + 1,
    label,
    state: index < current ? 'complete' : index === current ? 'current' : 'upcoming',
    href: index < current ? hrefs[index] : undefined,
  }));
}

export const PAGE_SIZES = [10, 25, 50] as const;

/** A query value as a number; a repeated parameter (an array) or a nested one reads as none. */
const numberIn = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? Number(value) : Number.NaN;

/**
 * A list page's paging from its query string, which a person may have edited: the page a whole number from 1
 * (else the first page) and the page size one of PAGE_SIZES, the sizes the page offers (else the first). A page
 * shows a list for any paging rather than answering 400; the API refuses what it cannot read.
 */
export function pagingOf(query: { page?: unknown; pageSize?: unknown }): { page: number; pageSize: number } {
  const page = numberIn(query.page);
  const pageSize = numberIn(query.pageSize);
  return {
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: PAGE_SIZES.find((size) => size === pageSize) ?? PAGE_SIZES[0],
  };
}

export interface PaginationView {
  page: number;
  totalPages: number;
  totalItems: number;
  pageSize: number;
  path: string;
  previousHref?: string;
  nextHref?: string;
  sizes: Array<{ value: number; selected: boolean }>;
  /** Other query parameters (filters), kept by the page-size form. */
  hidden: Array<{ name: string; value: string }>;
}

/**
 * For `{{> pagination pagination}}` from an api.md list answer (`{page, pageSize, totalItems,
 * totalPages}`), the page's path and its current query (filters are kept on every link).
 */
export function paginationView(
  list: { page: number; pageSize: number; totalItems: number; totalPages: number },
  path: string,
  query: Record<string, unknown> = {},
): PaginationView {
  const kept = Object.entries(query)
    .filter(
      ([name, value]) => name !== 'page' && name !== 'pageSize' && typeof value === 'string' && value !== '',
    )
    .map(([name, value]) => ({ name, value: value as string }));
  const href = (page: number) => {
    const params = new URLSearchParams(kept.map(({ name, value }) => [name, value]));
    params.set('page', String(page));
    params.set('pageSize', String(list.pageSize));
    return `${path}?${params.toString()}`;
  };
  const totalPages = Math.max(1, list.totalPages);
  return {
    page: list.page,
    totalPages,
    totalItems: list.totalItems,
    pageSize: list.pageSize,
    path,
    previousHref: list.page > 1 ? href(list.page - 1) : undefined,
    nextHref: list.page < totalPages ? href(list.page + 1) : undefined,
    sizes: PAGE_SIZES.map((value) => ({ value, selected: value === list.pageSize })),
    hidden: kept,
  };
}
