import { EntityManager } from '@mikro-orm/postgresql';
import { AggregateRoot } from '../../domain/aggregate-root';
import { DomainEvent } from '../../domain/domain-event';
import { DomainEventReactions } from './domain-event-reactions';
import { insertBeforeCommit, MikroOrmUnitOfWork, writeBeforeCommit } from './mikro-orm-unit-of-work';

// The held rows' statements are built from real mappings; outbox-writes.int-spec.ts and
// checkout-writes.int-spec.ts send them to Postgres.
jest.mock('./plain-insert', () => ({
  plainInsert: (_em: unknown, entity: string, rows: unknown[]) => ({
    sql: `INSERT ${entity} ${rows.length}`,
    params: rows,
  }),
}));

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
  const execute = jest.fn(async (_sql: string, _params: unknown[]) => []);
  const em = {
    flush,
    execute,
    getUnitOfWork: () => ({ getIdentityMap: () => ({ values: () => aggregates }) }),
    getContext: () => em,
    isInTransaction: () => true,
  };
  // Outside, as inside `run`, the context is the transaction's (what repositories and the outbox use).
  const outer = {
    transactional: (work: (e: typeof em) => Promise<unknown>) => work(em),
    getContext: () => em,
  };
  return { flush, execute, em: outer as unknown as EntityManager };
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

  it("sends the held writes and rows in one statement, after the reactions' own are held and flushed", async () => {
    const note = new Note();
    const { flush, execute, em } = transactionWith([note]);
    const writes: string[] = [];
    flush.mockImplementation(async () => void writes.push('flush'));
    execute.mockImplementation(async (sql, params) => {
      writes.push(`${sql} ${JSON.stringify(params)}`);
      return [];
    });
    const reactions = {
      reactsTo: (event: DomainEvent) => event instanceof Wanted,
      // A reaction holds a row of its own (an email's outbox message, say).
      dispatch: async () => insertBeforeCommit(em, 'Message', { n: 3 }, 'Messages are written'),
    } as unknown as DomainEventReactions;
    await new MikroOrmUnitOfWork(em, reactions).run(async () => {
      note.happen(new Wanted());
      insertBeforeCommit(em, 'Message', { n: 1 }, 'Messages are written');
      writeBeforeCommit(em, 'DELETE FROM items WHERE id = ?', [7], 'Items are removed');
      insertBeforeCommit(em, 'Receipt', { n: 2 }, 'Receipts are written');
    });
    expect(writes).toEqual([
      'flush',
      'flush',
      'WITH w1 AS (DELETE FROM items WHERE id = ?), w2 AS (INSERT Message 2) INSERT Receipt 1 [7,{"n":1},{"n":3},{"n":2}]',
    ]);
  });

  it('sends no statement for a command that held nothing', async () => {
    const { execute, em } = transactionWith([]);
    await new MikroOrmUnitOfWork(em, reactionsTo().reactions).run(async () => undefined);
    expect(execute).not.toHaveBeenCalled();
  });

  it('refuses to hold a row or a write outside a transaction, rather than keep what nothing would write', () => {
    const em = { getContext: () => em, isInTransaction: () => false } as unknown as EntityManager;
    expect(() => insertBeforeCommit(em, 'Message', {}, 'Outbox messages are written')).toThrow(
      'Outbox messages are written inside the unit of work',
    );
    expect(() => writeBeforeCommit(em, 'DELETE FROM items', [], 'Items are removed')).toThrow(
      'Items are removed inside the unit of work',
    );
  });
});
