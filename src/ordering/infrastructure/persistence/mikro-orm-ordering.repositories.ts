import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Basket, BasketRepository, ReprintClaims, ReprintKey } from '../../domain/basket';
import { CatalogueRepository, DeliveryOption, PriceList, Product, ProductCode } from '../../domain/catalogue';
import { Order, OrderPage, OrderRepository, OrderStatus } from '../../domain/order';
import { OnePerAchievementError } from '../../domain/ordering.errors';
import { PaymentAttempt, PaymentAttemptRepository } from '../../domain/payment-attempt';
import { PrintBatch, PrintBatchRepository } from '../../domain/print-batch';
import {
  BasketItemSchema,
  DeliveryOptionSchema,
  asOrder,
  asOrders,
  OrderSchema,
  OrderState,
  PaymentAttemptSchema,
  PrintBatchSchema,
  ProductSchema,
} from './ordering.schemas';
import { mappedRows, plainRows } from '../../../shared/infrastructure/database/mapped-rows';
import { isUuid } from '../../../shared/infrastructure/database/uuid';
import { insertPlain } from '../../../shared/infrastructure/database/plain-insert';
import {
  insertBeforeCommit,
  writeBeforeCommit,
  writtenWithoutTracking,
} from '../../../shared/infrastructure/database/mikro-orm-unit-of-work';

interface PriceRow {
  kind: 'product' | 'delivery';
  code: string;
  name: string;
  price_pence: number;
  vat_rate_bps: number;
  international: boolean | null;
  position: number | null;
  updated_at: Date;
}

const PRICE_LIST = `
  SELECT 'product' AS kind, code, name, price_pence, vat_rate_bps,
         NULL::boolean AS international, NULL::integer AS position, updated_at
    FROM ordering_products
  UNION ALL
  SELECT 'delivery', code, name, price_pence, vat_rate_bps, international, position, updated_at
    FROM ordering_delivery_options WHERE code = ?
  ORDER BY kind, code`;

@Injectable()
export class MikroOrmCatalogueRepository extends CatalogueRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  products(): Promise<Product[]> {
    return this.em.find(ProductSchema, {}, { orderBy: { code: 'asc' } });
  }

  async priceList(deliveryOptionCode: string | null): Promise<PriceList> {
    // One plain statement, every checkout and basket: not managed, as nothing here changes a price.
    const rows = await this.em.execute<PriceRow[]>(PRICE_LIST, [deliveryOptionCode]);
    const products = rows
      .filter((r) => r.kind === 'product')
      .map((r) => new Product(r.code as ProductCode, r.name, r.price_pence, r.vat_rate_bps, r.updated_at));
    const option = rows.find((r) => r.kind === 'delivery');
    return {
      products,
      deliveryOption:
        option &&
        new DeliveryOption(
          option.code,
          option.name,
          option.price_pence,
          option.vat_rate_bps,
          option.international!,
          option.position!,
          option.updated_at,
        ),
    };
  }

  deliveryOptions(): Promise<DeliveryOption[]> {
    return this.em.find(DeliveryOptionSchema, {}, { orderBy: { position: 'asc' } });
  }

  async product(code: string): Promise<Product | undefined> {
    return (await this.em.findOne(ProductSchema, { code: code as ProductCode })) ?? undefined;
  }

  async deliveryOption(code: string): Promise<DeliveryOption | undefined> {
    return (await this.em.findOne(DeliveryOptionSchema, { code })) ?? undefined;
  }
}

@Injectable()
export class MikroOrmBasketRepository extends BasketRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async load(accountId: string, candidateNumber: string): Promise<Basket> {
    // Every basket page and checkout: a plain statement, and items the unit of work does not track, as
    // saving writes the basket's changes itself (ADR 0030).
    const items = await plainRows(
      this.em,
      BasketItemSchema,
      'SELECT * FROM ordering_basket_items WHERE account_id = ? ORDER BY added_at, id',
      [accountId],
    );
    return new Basket(accountId, candidateNumber, items);
  }

  async lock(accountId: string): Promise<void> {
    // A transaction-scoped advisory lock per account: two checkouts (a double submit) run one after the other.
    await this.em.execute('SELECT pg_advisory_xact_lock(hashtext(?))', [`ordering.basket:${accountId}`]);
  }

  async save(basket: Basket): Promise<void> {
    const removed = basket.removedItems;
    // Nothing reads a removed item again: its delete goes with the command's last writes (ADR 0036).
    if (removed.length > 0)
      writeBeforeCommit(
        this.em,
        `DELETE FROM ordering_basket_items WHERE id IN (${removed.map(() => '?').join(', ')})`,
        removed.map((item) => item.id),
        'Basket items are removed',
      );
    try {
      await insertPlain(this.em, BasketItemSchema, basket.addedItems);
    } catch (error) {
      // Another request added the same document meanwhile: the one-per-achievement key says so.
      if (error instanceof UniqueConstraintViolationException) throw new OnePerAchievementError();
      throw error;
    }
  }
}

/** Raw SQL on purpose: the insert must meet the primary key at once, inside the caller's transaction. */
@Injectable()
export class SqlReprintClaims extends ReprintClaims {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async isClaimed(key: ReprintKey): Promise<boolean> {
    const rows = await this.em.execute(
      'SELECT 1 FROM ordering_reprint_claims WHERE candidate_number = ? AND certificate_number = ? AND product_code = ?',
      [key.candidateNumber, key.certificateNumber, key.productCode],
    );
    return rows.length > 0;
  }

  async claim(key: ReprintKey, holderId: string): Promise<void> {
    const rows = await this.em.execute(
      `INSERT INTO ordering_reprint_claims (candidate_number, certificate_number, product_code, holder_id)
       VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING holder_id`,
      [key.candidateNumber, key.certificateNumber, key.productCode, holderId],
    );
    if (rows.length === 0) throw new OnePerAchievementError();
  }

  async transfer(fromHolderIds: string[], toHolderId: string): Promise<void> {
    if (fromHolderIds.length === 0) return;
    // A checkout's: sent with its order and its other last writes (ADR 0036).
    writeBeforeCommit(
      this.em,
      `UPDATE ordering_reprint_claims SET holder_id = ? WHERE holder_id IN (${fromHolderIds.map(() => '?').join(', ')})`,
      [toHolderId, ...fromHolderIds],
      'Reprint claims are transferred',
    );
  }

  async release(holderId: string): Promise<void> {
    await this.em.execute('DELETE FROM ordering_reprint_claims WHERE holder_id = ?', [holderId]);
  }
}

@Injectable()
export class MikroOrmOrderRepository extends OrderRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async nextNumber(): Promise<number> {
    const [row] = await this.em.execute<Array<{ n: string }>>(
      "SELECT nextval('ordering_order_number_seq') AS n",
    );
    return Number(row.n);
  }

  async add(order: Order): Promise<void> {
    // Every checkout: untracked (ADR 0030), its events still reaching the reactions, and its row sent with
    // the checkout's other last writes in one statement (ADR 0036).
    writtenWithoutTracking(this.em, [order]);
    insertBeforeCommit(this.em, OrderSchema, order as unknown as OrderState, 'Orders are placed');
  }

  async findOwned(accountId: string, orderId: string): Promise<Order | undefined> {
    if (!isUuid(orderId)) return undefined;
    return asOrder(await this.em.findOne(OrderSchema, { _id: orderId, _accountId: accountId }));
  }

  async findById(orderId: string): Promise<Order | undefined> {
    if (!isUuid(orderId)) return undefined;
    return asOrder(await this.em.findOne(OrderSchema, { _id: orderId }));
  }

  async findByIdempotencyKey(accountId: string, key: string): Promise<Order | undefined> {
    // Every checkout with a key asks first, nearly always for nothing: a plain statement, not findOne.
    const [state] = await mappedRows(
      this.em,
      OrderSchema,
      'SELECT * FROM ordering_orders WHERE account_id = ? AND idempotency_key = ?',
      [accountId, key],
    );
    return asOrder(state ?? null);
  }

  async listOwned(accountId: string, page: { offset: number; limit: number }): Promise<OrderPage> {
    const [items, total] = await this.em.findAndCount(
      OrderSchema,
      { _accountId: accountId },
      { orderBy: { _placedAt: 'desc', _number: 'desc' }, ...page },
    );
    return { items: asOrders(items), total };
  }

  async listByStatus(
    status: OrderStatus | undefined,
    page: { offset: number; limit: number },
  ): Promise<OrderPage> {
    const [items, total] = await this.em.findAndCount(OrderSchema, status ? { _status: status } : {}, {
      orderBy: { _placedAt: 'asc', _number: 'asc' },
      ...page,
    });
    return { items: asOrders(items), total };
  }

  async lockPaidUnbatched(): Promise<Order[]> {
    return asOrders(
      await this.em.find(
        OrderSchema,
        { _status: 'paid', _printBatchId: null },
        { orderBy: { _paidAt: 'asc', _number: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE },
      ),
    );
  }

  async listInBatch(batchId: string): Promise<Order[]> {
    return asOrders(
      await this.em.find(OrderSchema, { _printBatchId: batchId }, { orderBy: { _number: 'asc' } }),
    );
  }

  async productCountsByBatch(
    batchIds: string[],
  ): Promise<Map<string, { letters: number; certificates: number }>> {
    if (batchIds.length === 0) return new Map();
    const rows = await this.em.execute<Array<{ batch: string; letters: string; certificates: string }>>(
      `SELECT o.print_batch_id AS batch,
              count(*) FILTER (WHERE l->>'productCode' = 'poq-letter') AS letters,
              count(*) FILTER (WHERE l->>'productCode' = 'certificate-reprint') AS certificates
         FROM ordering_orders o CROSS JOIN jsonb_array_elements(o.lines) l
        WHERE o.print_batch_id IN (${batchIds.map(() => '?').join(', ')})
        GROUP BY o.print_batch_id`,
      batchIds,
    );
    return new Map(
      rows.map((r) => [r.batch, { letters: Number(r.letters), certificates: Number(r.certificates) }]),
    );
  }

  async countsFor(accountId: string): Promise<{ orders: number; letters: number }> {
    const [row] = await this.em.execute<Array<{ orders: string; letters: string }>>(
      `SELECT count(*) AS orders,
              coalesce(sum((SELECT count(*) FROM jsonb_array_elements(lines) l WHERE l->>'productCode' = 'poq-letter')), 0) AS letters
         FROM ordering_orders WHERE account_id = ? AND status <> 'cancelled'`,
      [accountId],
    );
    return { orders: Number(row.orders), letters: Number(row.letters) };
  }
}

@Injectable()
export class MikroOrmPaymentAttemptRepository extends PaymentAttemptRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async add(attempt: PaymentAttempt): Promise<void> {
    // Every checkout and "pay again": untracked (ADR 0030), and sent with the command's last writes (ADR 0036).
    insertBeforeCommit(this.em, PaymentAttemptSchema, attempt, 'Payment attempts are recorded');
  }

  async lockByReference(reference: string): Promise<PaymentAttempt | undefined> {
    return (
      (await this.em.findOne(
        PaymentAttemptSchema,
        { reference },
        { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
      )) ?? undefined
    );
  }

  async findByReference(reference: string): Promise<PaymentAttempt | undefined> {
    return (await this.em.findOne(PaymentAttemptSchema, { reference })) ?? undefined;
  }

  async findById(id: string): Promise<PaymentAttempt | undefined> {
    if (!isUuid(id)) return undefined;
    return (await this.em.findOne(PaymentAttemptSchema, { id }, { refresh: true })) ?? undefined;
  }

  async findByIdempotencyKey(orderId: string, key: string): Promise<PaymentAttempt | undefined> {
    return (
      (await this.em.findOne(PaymentAttemptSchema, { orderId, idempotencyKey: key }, { refresh: true })) ??
      undefined
    );
  }

  async lockOrder(orderId: string): Promise<void> {
    await this.em.execute('SELECT pg_advisory_xact_lock(hashtext(?))', [`ordering.payment:${orderId}`]);
  }

  async saveRegistration(attempt: PaymentAttempt): Promise<void> {
    // Only over "registering": a late answer never overwrites a settled attempt.
    await this.em.execute(
      `UPDATE ordering_payment_attempts
          SET status = ?, provider_transaction_id = ?, security_key = ?, payment_page_url = ?, status_detail = ?
        WHERE id = ? AND status = 'registering'`,
      [
        attempt.status,
        attempt.providerTransactionId,
        attempt.securityKey,
        attempt.paymentPageUrl,
        attempt.statusDetail,
        attempt.id,
      ],
    );
  }
}

@Injectable()
export class MikroOrmPrintBatchRepository extends PrintBatchRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async nextNumber(): Promise<number> {
    const [row] = await this.em.execute<Array<{ n: string }>>(
      "SELECT nextval('ordering_print_batch_number_seq') AS n",
    );
    return Number(row.n);
  }

  async add(batch: PrintBatch): Promise<void> {
    await this.em.persist(batch).flush();
  }

  async findById(id: string): Promise<PrintBatch | undefined> {
    if (!isUuid(id)) return undefined;
    return (await this.em.findOne(PrintBatchSchema, { id })) ?? undefined;
  }

  async list(page: { offset: number; limit: number }): Promise<{ items: PrintBatch[]; total: number }> {
    const [items, total] = await this.em.findAndCount(
      PrintBatchSchema,
      {},
      { orderBy: { createdAt: 'desc' }, ...page },
    );
    return { items, total };
  }
}
