/** The api.md list answer over a list already in memory (a candidate's achievements are few). */
export function paged<T>(all: T[], query: { page?: number; pageSize?: number }) {
  const pageSize = query.pageSize ?? 10;
  const page = query.page ?? 1;
  return {
    items: all.slice((page - 1) * pageSize, page * pageSize),
    page,
    pageSize,
    totalItems: all.length,
    totalPages: Math.max(1, Math.ceil(all.length / pageSize)),
  };
}
