import { Query, QueryBus } from '@nestjs/cqrs';
import { accountCountsFromQuery, ContributesAccountCounts } from './account-counts';
import { ContributesWaitingItems, waitingItemsFromQuery } from './waiting-items';

class CountThings extends Query<number> {
  constructor(readonly accountId: string) {
    super();
  }
}

/** A query bus that answers CountThings with the length of the account id, and remembers what it was asked. */
function fakeBus(): QueryBus & { asked: unknown[] } {
  const asked: unknown[] = [];
  const execute = async (query: CountThings) => {
    asked.push(query);
    return query.accountId.length;
  };
  return { asked, execute } as unknown as QueryBus & { asked: unknown[] };
}

const account = { accountId: 'acc-1', candidateNumber: null };

describe('contributors built from a query', () => {
  it('asks the query for the account and turns its answer into dashboard items', async () => {
    const Contributor = waitingItemsFromQuery(
      (a) => new CountThings(a.accountId),
      (count: number) => [{ tile: 'orders', text: `${count} things`, href: '/things', action: 'See' }],
    );
    const bus = fakeBus();
    const items = await new Contributor(bus).waitingFor(account);
    expect(bus.asked).toEqual([new CountThings('acc-1')]);
    expect(items).toEqual([{ tile: 'orders', text: '5 things', href: '/things', action: 'See' }]);
  });

  it('asks the query for the account and turns its answer into header counts', async () => {
    const Contributor = accountCountsFromQuery(
      (a) => new CountThings(a.accountId),
      (letters: number) => ({ letters }),
    );
    expect(await new Contributor(fakeBus()).countsFor(account)).toEqual({ letters: 5 });
  });

  it('marks each built class for discovery, so Identity finds it without knowing the context', () => {
    const Items = waitingItemsFromQuery(
      () => new CountThings('x'),
      () => [],
    );
    const Counts = accountCountsFromQuery(
      () => new CountThings('x'),
      () => ({}),
    );
    expect(Reflect.getMetadata(ContributesWaitingItems.KEY, Items)).toBeDefined();
    expect(Reflect.getMetadata(ContributesAccountCounts.KEY, Counts)).toBeDefined();
  });
});
