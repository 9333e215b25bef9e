// A basket's and a checkout's writes on real Postgres: each row goes in one plain statement, and
// MikroORM's flush is left nothing to compare or build (its change sets and query builder were most of a
// checkout's ORM time; ADR 0030); a checkout's five writes go to Postgres as one statement (ADR 0036).
import { MikroORM } from '@mikro-orm/core';
import { createTestApp, TestApp } from '../../support/app';
import { statementsDuring } from '../../support/statements';
import {
  ADA_CERT,
  as,
  OrderingWorld,
  orderingWorld,
  reprint,
  UK_ADDRESS,
} from '../../e2e/ordering/ordering-fixtures';

/**
 * The writes of one statement, each as its verb and table, whoever wrote it (the ORM quotes and lower-cases,
 * plain statements do not); a statement that writes nothing is left out.
 */
const write = (text: string) => {
  const writes = [...text.matchAll(/(?:^|\(|\s)(insert into|delete from|update)\s+"?(\w+)"?/gi)].map(
    (match) => `${match[1].toUpperCase()} ${match[2]}`,
  );
  return writes.length > 0 ? writes.join(' + ') : undefined;
};

describe("a basket's and a checkout's writes", () => {
  let t: TestApp;
  let w: OrderingWorld;
  const changeSets: string[] = [];
  let recording = false;

  beforeAll(async () => {
    t = await createTestApp({ listen: true, env: { TRUST_PROXY: 'true' } });
    w = await orderingWorld(t);
    t.app
      .get(MikroORM)
      .em.getEventManager()
      .registerSubscriber({
        onFlush: ({ uow }) => {
          if (recording) changeSets.push(...uow.getChangeSets().map((c) => `${c.type} ${c.meta.tableName}`));
        },
      });
  });

  afterAll(() => t?.close());

  /** The writes Postgres receives, and MikroORM's change sets, while `work` runs. */
  const writesDuring = async <T>(work: () => Promise<T>) => {
    changeSets.length = 0;
    recording = true;
    try {
      return { ...(await statementsDuring(work, write)), made: [...changeSets] };
    } finally {
      recording = false;
    }
  };

  it('adding to the basket: the item in one plain statement, no change set', async () => {
    const { statements, result, made } = await writesDuring(() =>
      as(t, w.ada.token).post('/api/v1/me/basket/items').send(reprint(ADA_CERT)),
    );
    expect(result.status).toBe(201);
    expect(made).toEqual([]);
    expect(statements).toEqual(['INSERT INTO ordering_reprint_claims', 'INSERT INTO ordering_basket_items']);
  });

  it('checking out: its five writes in one statement just before the commit, and no change set for the flush', async () => {
    const { statements, result, made } = await writesDuring(() =>
      as(t, w.ada.token)
        .post('/api/v1/me/orders')
        .set('Idempotency-Key', 'checkout-writes-1')
        .send({ billingAddress: UK_ADDRESS, deliveryOption: 'royal-mail-signed-for-2nd' }),
    );

    expect(result.status).toBe(201);
    expect(made).toEqual([]);
    expect(statements).toEqual([
      [
        'DELETE FROM ordering_basket_items',
        'UPDATE ordering_reprint_claims',
        'INSERT INTO ordering_orders',
        'INSERT INTO outbox',
        'INSERT INTO ordering_payment_attempts',
      ].join(' + '),
      // After the commit: the provider's answer.
      'UPDATE ordering_payment_attempts',
    ]);
  });
});
