import { EntityManager } from '@mikro-orm/postgresql';
import { AggregateRoot } from '../../domain/aggregate-root';
import { DomainEvent } from '../../domain/domain-event';
import { DomainEventReactions } from './domain-event-reactions';
import { insertBeforeCommit, MikroOrmUnitOfWork } from './mikro-orm-unit-of-work';
import { insertPlain } from './plain-insert';

// The held rows' statement is built from real mappings; outbox-writes.int-spec.ts sends it to Postgres.
jest.mock('./plain-insert', () => ({ insertPlain: jest.fn(async () => undefined) }));

class Noted extends DomainEvent {
  readonly eventName = 'test.noted';
}
class Wanted extends DomainEvent {
  readonly eventName = 'test.wanted';
}
class Note extends AggregateRoot {
  happen(event: DomainEvent): void {
    this.record(event);
  }
}

/** The transaction's entity manager as the unit of work uses it: its identity map and its flushes. */
function transactionWith(aggregates: AggregateRoot[]) {
  const flush = jest.fn(async () => undefined);
  const em = {
    flush,
    getUnitOfWork: () => ({ getIdentityMap: () => ({ values: () => aggregates }) }),
    getContext: () => em,
    isInTransaction: () => true,
  };
  // Outside, as inside `run`, the context is the transaction's (what repositories and the outbox use).
  const outer = {
    transactional: (work: (e: typeof em) => Promise<unknown>) => work(em),
    getContext: () => em,
  };
  return { flush, em: outer as unknown as EntityManager };
}

function reactionsTo(...wanted: Array<typeof Wanted>) {
  const handled: DomainEvent[] = [];
  const reactions = {
    reactsTo: (event: DomainEvent) => wanted.some((type) => event instanceof type),
    dispatch: async (event: DomainEvent) => {
      if (wanted.some((type) => event instanceof type)) handled.push(event);
    },
  };
  return { handled, reactions: reactions as unknown as DomainEventReactions };
}

describe('MikroOrmUnitOfWork', () => {
  it('flushes once when no reaction wants the events the command recorded', async () => {
    const note = new Note();
    const { flush, em } = transactionWith([note]);
    const { reactions, handled } = reactionsTo(Wanted);
    await new MikroOrmUnitOfWork(em, reactions).run(async () => note.happen(new Noted()));
    expect(flush).toHaveBeenCalledTimes(1);
    expect(handled).toEqual([]);
    expect(note.pullDomainEvents()).toEqual([]);
  });

  it('hands wanted events to their reactions and flushes what they wrote', async () => {
    const note = new Note();
    const { flush, em } = transactionWith([note]);
    const { reactions, handled } = reactionsTo(Wanted);
    const wanted = new Wanted();
    const result = await new MikroOrmUnitOfWork(em, reactions).run(async () => {
      note.happen(new Noted());
      note.happen(wanted);
      return 'done';
    });
    expect(result).toBe('done');
    expect(handled).toEqual([wanted]);
    expect(flush).toHaveBeenCalledTimes(2);
  });

  it("inserts the held rows after the reactions' own are held and their writes flushed, one statement an entity", async () => {
    const note = new Note();
    const { flush, em } = transactionWith([note]);
    const writes: string[] = [];
    flush.mockImplementation(async () => void writes.push('flush'));
    jest
      .mocked(insertPlain)
      .mockImplementation(async (_em, entity, rows) => void writes.push(`${String(entity)}: ${rows.length}`));
    const reactions = {
      reactsTo: (event: DomainEvent) => event instanceof Wanted,
      // A reaction holds a row of its own (an email's outbox message, say).
      dispatch: async () => insertBeforeCommit(em, 'Message', { n: 3 }, 'Messages are written'),
    } as unknown as DomainEventReactions;
    await new MikroOrmUnitOfWork(em, reactions).run(async () => {
      note.happen(new Wanted());
      insertBeforeCommit(em, 'Message', { n: 1 }, 'Messages are written');
      insertBeforeCommit(em, 'Receipt', { n: 2 }, 'Receipts are written');
    });
    expect(writes).toEqual(['flush', 'flush', 'Message: 2', 'Receipt: 1']);
  });

  it('refuses to hold a row outside a transaction, rather than keep what nothing would write', () => {
    const em = { getContext: () => em, isInTransaction: () => false } as unknown as EntityManager;
    expect(() => insertBeforeCommit(em, 'Message', {}, 'Outbox messages are written')).toThrow(
      'Outbox messages are written inside the unit of work',
    );
  });
});
