import { randomUUID } from 'node:crypto';
import { Basket, BasketItem } from '../../../src/ordering/domain/basket';
import { ReasonForReprint } from '../../../src/ordering/domain/reprint-reason';
import { PaymentAttempt } from '../../../src/ordering/domain/payment-attempt';
import { PrintBatch } from '../../../src/ordering/domain/print-batch';
import {
  aBasketItem,
  aPaidOrder,
  aPendingOrder,
} from '../../../src/ordering/application/testing/in-memory-ordering';
import {
  MikroOrmBasketRepository,
  MikroOrmCatalogueRepository,
  MikroOrmOrderRepository,
  MikroOrmPaymentAttemptRepository,
  MikroOrmPrintBatchRepository,
} from '../../../src/ordering/infrastructure/persistence/mikro-orm-ordering.repositories';
import { SqlBasketPrices } from '../../../src/ordering/infrastructure/persistence/sql-basket-prices';
import { DatabaseChanges } from '../../../src/shared/infrastructure/database/database-changes';
import { ORDERING_SCHEMAS } from '../../../src/ordering/infrastructure/persistence/ordering.schemas';
import { ormOnTestDatabase, stateOf, TestOrm } from '../../support/orm';

/** Adds an item like `item` (its own id, added now) as a candidate does: through the basket. */
const addedTo = (basket: Basket, item: BasketItem) =>
  basket.add(
    {
      productCode: item.productCode,
      certificateNumber: item.certificateNumber,
      qualificationTitle: item.qualificationTitle,
      reason: { reason: item.reason, text: item.reasonText } as ReasonForReprint,
      quantity: item.quantity,
    },
    false,
    item.addedAt,
  );

// Each Ordering aggregate written through its repository and read back by a fresh entity manager.
describe('Ordering repositories keep what they are given', () => {
  let db: TestOrm;
  const accountId = randomUUID();

  beforeAll(async () => {
    db = await ormOnTestDatabase(ORDERING_SCHEMAS);
  });
  afterAll(() => db.close());

  it('an order, with its frozen lines, delivery and addresses, through payment', async () => {
    const order = aPendingOrder({
      accountId,
      number: 5001,
      items: [
        aBasketItem({ accountId }),
        aBasketItem({ accountId, productCode: 'poq-letter', reasonText: 'visa' }),
      ],
    });
    await db.inTransaction(async (em) => new MikroOrmOrderRepository(em).add(order));
    order.markPaid('VPS-TX-1', new Date('2026-11-30T09:05:00Z'));
    await db.inTransaction(async (em) => {
      const loaded = (await new MikroOrmOrderRepository(em).findById(order.id))!;
      loaded.markPaid('VPS-TX-1', new Date('2026-11-30T09:05:00Z'));
    });

    const back = await new MikroOrmOrderRepository(db.fresh()).findOwned(accountId, order.id);
    expect(stateOf(back!)).toEqual(stateOf(order));
    expect(back!.lines).toHaveLength(2);
  });

  it('a basket item, and its removal', async () => {
    const item = await db.inTransaction(async (em) => {
      const repository = new MikroOrmBasketRepository(em);
      const basket = await repository.load(accountId, '00061010');
      const added = addedTo(basket, aBasketItem({ accountId, certificateNumber: 'C-BASKET' }));
      await repository.save(basket);
      return added;
    });
    const reader = db.fresh();
    const basket = await new MikroOrmBasketRepository(reader).load(accountId, item.candidateNumber);
    expect(basket.items.map((i) => ({ ...i }))).toEqual([{ ...item }]);
    expect(basket.items[0]).toBeInstanceOf(BasketItem);
    // Saving writes the basket's changes itself: the items are not tracked (ADR 0030).
    expect(reader.getUnitOfWork().getIdentityMap().values()).toEqual([]);

    await db.inTransaction(async (em) => {
      const repository = new MikroOrmBasketRepository(em);
      const again = await repository.load(accountId, item.candidateNumber);
      again.remove(item.id);
      await repository.save(again);
    });
    expect(
      (await new MikroOrmBasketRepository(db.fresh()).load(accountId, item.candidateNumber)).isEmpty,
    ).toBe(true);
  });

  it('the basket priced in one statement, as the catalogue prices each product', async () => {
    const owner = randomUUID();
    const items = [
      aBasketItem({ accountId: owner, certificateNumber: 'C-PRICED-1' }),
      aBasketItem({
        accountId: owner,
        certificateNumber: 'C-PRICED-2',
        productCode: 'poq-letter',
        reasonText: 'visa',
      }),
    ];
    await db.inTransaction(async (em) => {
      const repository = new MikroOrmBasketRepository(em);
      const basket = await repository.load(owner, items[0].candidateNumber);
      for (const item of items) addedTo(basket, item);
      await repository.save(basket);
    });
    const products = await new MikroOrmCatalogueRepository(db.fresh()).products();
    const priceOf = (code: string) => products.find((p) => p.code === code)!;
    const lines = await new SqlBasketPrices(db.fresh(), new DatabaseChanges()).linesOf(owner);
    expect(lines).toEqual(
      expect.arrayContaining(
        items.map((item) => ({
          unitPricePence: priceOf(item.productCode).pricePence,
          quantity: 1,
          vatRateBps: priceOf(item.productCode).vatRateBps,
        })),
      ),
    );
    expect(lines).toHaveLength(2);
    expect(await new SqlBasketPrices(db.fresh(), new DatabaseChanges()).linesOf(randomUUID())).toEqual([]);
  });

  it('a payment attempt, registered then settled', async () => {
    const order = aPendingOrder({ accountId, number: 5002 });
    const attempt = new PaymentAttempt(
      randomUUID(),
      order.id,
      'VERI-5002-0A1B2C3D4E',
      order.totalPence,
      new Date('2026-11-30T09:00:00Z'),
    );
    attempt.registered('VPS-1', 'secret', 'https://pay.example/1');
    await db.inTransaction(async (em) => new MikroOrmOrderRepository(em).add(order));
    await db.inTransaction(async (em) => new MikroOrmPaymentAttemptRepository(em).add(attempt));
    attempt.settle('ok', 'VPS-1', '0000 : OK', new Date('2026-11-30T09:05:00Z'));
    await db.inTransaction(async (em) =>
      (await new MikroOrmPaymentAttemptRepository(em).lockByReference(attempt.reference))!.settle(
        'ok',
        'VPS-1',
        '0000 : OK',
        new Date('2026-11-30T09:05:00Z'),
      ),
    );
    const back = await new MikroOrmPaymentAttemptRepository(db.fresh()).findById(attempt.id);
    expect({ ...back }).toEqual({ ...attempt });
  });

  it('a payment attempt recorded with its order in one transaction, its registration stored without a read', async () => {
    const order = aPendingOrder({ accountId, number: 5010 });
    const attempt = new PaymentAttempt(
      randomUUID(),
      order.id,
      'VERI-5010-0A1B2C3D4E',
      order.totalPence,
      new Date('2026-11-30T09:00:00Z'),
      'checkout-1',
    );
    // Each is written when added, the order first (the attempt's foreign key holds).
    await db.inTransaction(async (em) => {
      await new MikroOrmOrderRepository(em).add(order);
      await new MikroOrmPaymentAttemptRepository(em).add(attempt);
    });
    attempt.registered('VPS-3', 'secret', 'https://pay.example/3');
    await new MikroOrmPaymentAttemptRepository(db.fresh()).saveRegistration(attempt);
    const back = await new MikroOrmPaymentAttemptRepository(db.fresh()).findByIdempotencyKey(
      order.id,
      'checkout-1',
    );
    expect({ ...back }).toEqual({ ...attempt });

    // Settled meanwhile: a late registration answer does not undo it.
    attempt.settle('ok', 'VPS-3', '0000 : OK', new Date('2026-11-30T09:05:00Z'));
    await db.inTransaction(async (em) =>
      (await new MikroOrmPaymentAttemptRepository(em).lockByReference(attempt.reference))!.settle(
        'ok',
        'VPS-3',
        '0000 : OK',
        new Date('2026-11-30T09:05:00Z'),
      ),
    );
    const late = new PaymentAttempt(attempt.id, order.id, attempt.reference, 0, new Date());
    late.registrationFailed('timed out');
    await new MikroOrmPaymentAttemptRepository(db.fresh()).saveRegistration(late);
    expect((await new MikroOrmPaymentAttemptRepository(db.fresh()).findById(attempt.id))!.status).toBe('ok');
  });

  it('a print batch with its orders in print, then dispatched', async () => {
    const orders = [aPaidOrder({ accountId, number: 5003 }), aPaidOrder({ accountId, number: 5004 })];
    await db.inTransaction(async (em) => {
      for (const order of orders) await new MikroOrmOrderRepository(em).add(order);
    });
    let batch!: PrintBatch;
    await db.inTransaction(async (em) => {
      const repository = new MikroOrmOrderRepository(em);
      const paid = (await repository.lockPaidUnbatched()).filter((o) =>
        orders.some((mine) => mine.id === o.id),
      );
      batch = PrintBatch.gather(paid, {
        id: randomUUID(),
        number: 77,
        createdBy: null,
        at: new Date('2026-11-30T10:00:00Z'),
      });
      await new MikroOrmPrintBatchRepository(em).add(batch);
    });
    await db.inTransaction(async (em) =>
      (await new MikroOrmPrintBatchRepository(em).findById(batch.id))!.dispatch(
        new Date('2026-12-01T10:00:00Z'),
      ),
    );
    batch.dispatch(new Date('2026-12-01T10:00:00Z'));

    const em = db.fresh();
    expect(stateOf((await new MikroOrmPrintBatchRepository(em).findById(batch.id))!)).toEqual(stateOf(batch));
    const inBatch = await new MikroOrmOrderRepository(em).listInBatch(batch.id);
    expect(inBatch.map((o) => [o.number, o.status])).toEqual([
      [5003, 'in_print'],
      [5004, 'in_print'],
    ]);
  });

  it('the catalogue the migrations seed', async () => {
    const catalogue = new MikroOrmCatalogueRepository(db.fresh());
    expect((await catalogue.products()).map((p) => p.code)).toEqual(['certificate-reprint', 'poq-letter']);
    expect((await catalogue.deliveryOption('international'))?.international).toBe(true);
  });
});
