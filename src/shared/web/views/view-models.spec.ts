import { paginationView, pagingOf, stepsFor } from './view-models';

describe('view models', () => {
  it('marks steps complete, current and upcoming', () => {
    expect(
      stepsFor(['Login', 'Profile', 'Confirm'], 1, ['/register/login']).map(({ state, href }) => [
        state,
        href,
      ]),
    ).toEqual([
      ['complete', '/register/login'],
      ['current', undefined],
      ['upcoming', undefined],
    ]);
  });

  it('builds paging links that keep the filters', () => {
    const view = paginationView({ page: 2, pageSize: 10, totalItems: 27, totalPages: 3 }, '/connections', {
      status: 'active',
      page: '2',
    });
    expect(view.previousHref).toBe('/connections?status=active&page=1&pageSize=10');
    expect(view.nextHref).toBe('/connections?status=active&page=3&pageSize=10');
    expect(view.hidden).toEqual([{ name: 'status', value: 'active' }]);
    expect(view.sizes).toEqual([
      { value: 10, selected: true },
      { value: 25, selected: false },
      { value: 50, selected: false },
    ]);
  });

  it('has no next page on the last one', () => {
    expect(
      paginationView({ page: 1, pageSize: 10, totalItems: 0, totalPages: 0 }, '/orders').nextHref,
    ).toBeUndefined();
  });
});

describe('pagingOf', () => {
  it('reads the page and one of the offered page sizes from the query', () => {
    expect(pagingOf({ page: '3', pageSize: '25' })).toEqual({ page: 3, pageSize: 25 });
  });

  it('takes paging it cannot read, or that the page does not offer, as the first page of 10', () => {
    for (const query of [
      {},
      { page: '0', pageSize: '100' },
      { page: '-1', pageSize: '10000' },
      { page: '2.5', pageSize: 'ten' },
      { page: ['2', '3'], pageSize: ['25'] },
    ])
      expect(pagingOf(query)).toEqual({ page: 1, pageSize: 10 });
  });
});
