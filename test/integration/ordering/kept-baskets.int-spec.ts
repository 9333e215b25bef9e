// The priced basket lines a web process keeps for the header's summary (ADR 0032), on the real
// PostgreSQL: kept between pages, forgotten at once when this process changes the basket, and as soon as
// it hears that another process changed the basket or any price. `other` stands for another process.
import { MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import {
  BASKET_CHANGES_TOPIC,
  SqlBasketPrices,
} from '../../../src/ordering/infrastructure/persistence/sql-basket-prices';
import { DatabaseChanges } from '../../../src/shared/infrastructure/database/database-changes';
import { ListeningDatabase, listeningDatabase } from '../../support/database-changes';
import { statementsDuring } from '../../support/statements';

describe('kept basket lines', () => {
  let db: ListeningDatabase;
  let orm: MikroORM;
  let other: Client;
  let changes: DatabaseChanges;
  let prices: SqlBasketPrices;
  /** The baskets whose change this process heard, in order. */
  const announced: string[] = [];

  beforeAll(async () => {
    db = await listeningDatabase();
    ({ orm, other, changes } = db);
    changes.subscribe(BASKET_CHANGES_TOPIC, { changed: (id) => announced.push(id), lost: () => undefined });
    prices = new SqlBasketPrices(orm.em, changes);
  });

  afterAll(async () => {
    await db?.close();
  });

  const heardEverythingSoFar = () => db.heardEverythingSoFar();

  const ADD_ITEM = `INSERT INTO ordering_basket_items (id, account_id, candidate_number, product_code,
      certificate_number, qualification_title, reason, quantity, added_at)
    VALUES ($1, $2, '00012345', 'certificate-reprint', $3, 'Diploma', 'lost', 1, now())`;
  /** An item added by another process. */
  const addItem = (accountId: string) =>
    other.query(ADD_ITEM, [randomUUID(), accountId, `C-${randomUUID().slice(0, 8)}`]);

  const read = (accountId: string) => statementsDuring(() => prices.linesOf(accountId));

  it('keeps an empty basket and a full one: the next page sends no statement', async () => {
    const empty = randomUUID();
    const full = randomUUID();
    await addItem(full);
    await heardEverythingSoFar();
    expect((await read(empty)).statements).toHaveLength(1);
    expect((await read(full)).statements).toHaveLength(1);

    const again = [await read(empty), await read(full)];
    expect(again.map((r) => r.statements)).toEqual([[], []]);
    expect(again.map((r) => r.result.length)).toEqual([0, 1]);
  });

  it('forgets a basket this process changed before the change returns', async () => {
    const accountId = randomUUID();
    await read(accountId);
    await orm.em
      .getConnection()
      // The same insert, with the placeholders MikroORM's connection takes.
      .execute(ADD_ITEM.replaceAll(/\$\d/g, '?'), [randomUUID(), accountId, 'C-MINE']);

    const after = await read(accountId);
    expect(after.statements).toHaveLength(1);
    expect(after.result).toHaveLength(1);
  });

  it('forgets a basket another process emptied, once heard', async () => {
    const accountId = randomUUID();
    await addItem(accountId);
    await heardEverythingSoFar();
    await read(accountId);
    await other.query('DELETE FROM ordering_basket_items WHERE account_id = $1', [accountId]);
    await heardEverythingSoFar();

    expect(announced).toContain(accountId);
    expect((await read(accountId)).result).toEqual([]);
  });

  it('forgets every basket when a price changes, once heard', async () => {
    const accountId = randomUUID();
    await addItem(accountId);
    await heardEverythingSoFar();
    expect((await read(accountId)).result[0].unitPricePence).toBe(2588);
    await other.query(`UPDATE ordering_products SET price_pence = 2990 WHERE code = 'certificate-reprint'`);
    await heardEverythingSoFar();

    const after = await read(accountId);
    expect(after.statements).toHaveLength(1);
    expect(after.result[0].unitPricePence).toBe(2990);
  });
});
