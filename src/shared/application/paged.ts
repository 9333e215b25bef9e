/** A page of a list, as api.md answers every list. */
export interface Paged<T> {
  items: T[];
  page: number;
  pageSize: number;
  totalItems: number;
  totalPages: number;
}

/** The page holding `items` of a list of `total`; an empty list still has one (empty) page. */
export function pagedOf<T>(items: T[], total: number, page: number, pageSize: number): Paged<T> {
  return { items, page, pageSize, totalItems: total, totalPages: Math.max(1, Math.ceil(total / pageSize)) };
}
