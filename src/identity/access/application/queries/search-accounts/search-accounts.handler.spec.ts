import { AccountSearch } from '../../ports/account-search';
import { isoDateIn, SearchAccountsHandler } from './search-accounts.handler';

describe('SearchAccountsHandler', () => {
  const calls: Array<{ text: string; dateOfBirth: string | null; limit: number }> = [];
  const search = new (class extends AccountSearch {
    async search(criteria: { text: string; dateOfBirth: string | null; limit: number }) {
      calls.push(criteria);
      return [];
    }
  })();
  const handler = new SearchAccountsHandler(search);

  beforeEach(() => (calls.length = 0));

  it('cuts a very long term and clamps the limit', async () => {
    await handler.execute({ term: 'x'.repeat(5000), limit: 10_000 } as never);
    expect(calls[0].text).toHaveLength(100);
    expect(calls[0].limit).toBe(100);
  });

  it('does not search for fewer than two characters', async () => {
    await handler.execute({ term: ' a ', limit: 20 } as never);
    expect(calls).toHaveLength(0);
  });

  it('reads ISO and British dates, and refuses impossible ones', () => {
    expect(isoDateIn('1990-12-10')).toBe('1990-12-10');
    expect(isoDateIn('10/12/1990')).toBe('1990-12-10');
    // As the pages show dates, and as people type them.
    expect(isoDateIn('13 April 1977')).toBe('1977-04-13');
    expect(isoDateIn('13 Apr 1977')).toBe('1977-04-13');
    expect(isoDateIn('13th april 1977')).toBe('1977-04-13');
    expect(isoDateIn('13 4 1977')).toBe('1977-04-13');
    expect(isoDateIn('13.04.1977')).toBe('1977-04-13');
    expect(isoDateIn('13-04-1977')).toBe('1977-04-13');
    expect(isoDateIn('31 February 1990')).toBeNull();
    expect(isoDateIn('13 Ap 1977')).toBeNull();
    expect(isoDateIn('13 Smarch 1977')).toBeNull();
    expect(isoDateIn('31/02/1990')).toBeNull();
    expect(isoDateIn('Smith')).toBeNull();
  });
});
