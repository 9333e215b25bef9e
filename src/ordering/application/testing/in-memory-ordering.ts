import { BasketPrices } from '../ports/basket-prices';
// Object mothers and in-memory stand-ins of Ordering's ports, for the handlers' unit specs.
import { newId } from '../../../shared/domain';
import { Basket, BasketItem, BasketRepository, ReprintClaims, ReprintKey } from '../../domain/basket';
import { CatalogueRepository, DeliveryOption, Product } from '../../domain/catalogue';
import { OnePerAchievementError } from '../../domain/ordering.errors';
import { Order, OrderPage, OrderRepository, OrderStatus } from '../../domain/order';
import { PaymentAttempt, PaymentAttemptRepository, PaymentOutcome } from '../../domain/payment-attempt';
import { checkAddress, PostalAddress } from '../../domain/postal-address';
import { PrintBatch, PrintBatchRepository } from '../../domain/print-batch';
import {
  AchievementFacts,
  CandidateDirectory,
  OrderingCandidate,
  SavedAddress,
} from '../ports/candidate-directory';
import { OrderingSettings } from '../ports/ordering-settings';
import {
  NotificationAnswer,
  NotificationVerdict,
  PaymentGateway,
  PaymentNotification,
  PaymentRegistration,
  PaymentRegistrationRequest,
} from '../ports/payment-gateway';

const AT = new Date('2026-11-01T09:00:00Z');

// ---- object mothers ------------------------------------------------------------------------------

export const CANDIDATE: OrderingCandidate = {
  accountId: 'cand-1',
  candidateNumber: '00061010',
  firstName: 'Sam',
  surname: 'Eichen',
  displayName: 'Sam Eichen',
  email: 'sam@candidates.example',
};

export const UK_ADDRESS: PostalAddress = checkAddress(
  { fullName: 'Sam Eichen', line1: '1 High Street', town: 'Leeds', postcode: 'LS1 4AP', country: 'GB' },
  'address',
);
export const FRENCH_ADDRESS: PostalAddress = checkAddress(
  { fullName: 'Sam Eichen', line1: '3 rue de la Paix', town: 'Paris', postcode: '75002', country: 'FR' },
  'address',
);

export const aProduct = {
  reprint: () => new Product('certificate-reprint', 'Certificate reprint', 2588, 2000, AT),
  letter: () => new Product('poq-letter', 'Proof of qualification letter', 2588, 2000, AT),
};
export const aDeliveryOption = {
  firstClass: () =>
    new DeliveryOption(
      'royal-mail-signed-for-1st',
      'Royal Mail Signed For 1st Class',
      350,
      2000,
      false,
      2,
      AT,
    ),
  international: () => new DeliveryOption('international', 'International', 0, 0, true, 3, AT),
};

export function aBasketItem(overrides: Partial<BasketItem> = {}): BasketItem {
  const item = {
    id: newId(),
    accountId: CANDIDATE.accountId,
    candidateNumber: CANDIDATE.candidateNumber,
    productCode: 'certificate-reprint' as const,
    certificateNumber: '01702341-01-K7PD',
    qualificationTitle: 'Level 3 Diploma',
    reason: 'lost' as const,
    reasonText: null,
    quantity: 1,
    addedAt: AT,
    ...overrides,
  };
  return new BasketItem(
    item.id,
    item.accountId,
    item.candidateNumber,
    item.productCode,
    item.certificateNumber,
    item.qualificationTitle,
    item.reason,
    item.reasonText,
    item.quantity,
    item.addedAt,
  );
}

/** A pending order of one certificate reprint, first class to a UK address (total 29.38). */
export function aPendingOrder(
  overrides: { id?: string; number?: number; accountId?: string; items?: BasketItem[]; at?: Date } = {},
): Order {
  const order = Order.place({
    id: overrides.id ?? newId(),
    number: overrides.number ?? 1001,
    accountId: overrides.accountId ?? CANDIDATE.accountId,
    candidateNumber: CANDIDATE.candidateNumber,
    email: CANDIDATE.email,
    items: overrides.items ?? [aBasketItem()],
    products: [aProduct.reprint(), aProduct.letter()],
    billingAddress: UK_ADDRESS,
    deliveryAddress: UK_ADDRESS,
    deliveryOption: aDeliveryOption.firstClass(),
    idempotencyKey: null,
    now: overrides.at ?? AT,
  });
  order.pullDomainEvents();
  return order;
}

export function aPaidOrder(
  overrides: Parameters<typeof aPendingOrder>[0] & { transactionReference?: string } = {},
): Order {
  const order = aPendingOrder(overrides);
  order.markPaid(overrides.transactionReference ?? `TX-${order.number}`, overrides.at ?? AT);
  order.pullDomainEvents();
  return order;
}

/** A print batch gathering the given paid orders (which go to print), its events already taken. */
export function aPrintBatch(
  orders: readonly Order[],
  overrides: Partial<{ id: string; number: number; createdBy: string | null; at: Date }> = {},
): PrintBatch {
  const batch = PrintBatch.gather(orders, {
    id: overrides.id ?? newId(),
    number: overrides.number ?? 1,
    createdBy: overrides.createdBy === undefined ? 'staff-1' : overrides.createdBy,
    at: overrides.at ?? AT,
  });
  batch.pullDomainEvents();
  return batch;
}

// ---- in-memory repositories ----------------------------------------------------------------------

export class InMemoryOrders extends OrderRepository {
  readonly all: Order[] = [];
  private last = 1000;

  aggregates() {
    return this.all;
  }
  /** Seeds an existing order. */
  has(...orders: Order[]): this {
    this.all.push(...orders);
    this.last = Math.max(this.last, ...orders.map((o) => o.number));
    return this;
  }
  async nextNumber() {
    return ++this.last;
  }
  async add(order: Order): Promise<void> {
    this.all.push(order);
  }
  async findOwned(accountId: string, orderId: string) {
    return this.all.find((o) => o.id === orderId && o.accountId === accountId);
  }
  async findById(orderId: string) {
    return this.all.find((o) => o.id === orderId);
  }
  async findByIdempotencyKey(accountId: string, key: string) {
    return this.all.find((o) => o.accountId === accountId && o.idempotencyKey === key);
  }
  async listOwned(accountId: string, page: { offset: number; limit: number }): Promise<OrderPage> {
    return this.page(
      this.all.filter((o) => o.accountId === accountId),
      page,
    );
  }
  async listByStatus(status: OrderStatus | undefined, page: { offset: number; limit: number }) {
    return this.page(
      this.all.filter((o) => !status || o.status === status),
      page,
    );
  }
  async lockPaidUnbatched() {
    return this.all
      .filter((o) => o.status === 'paid' && !o.printBatchId)
      .sort((a, b) => a.placedAt.getTime() - b.placedAt.getTime());
  }
  async listInBatch(batchId: string) {
    return this.all.filter((o) => o.printBatchId === batchId);
  }
  async productCountsByBatch(batchIds: string[]) {
    const counts = new Map<string, { letters: number; certificates: number }>();
    for (const order of this.all.filter((o) => o.printBatchId && batchIds.includes(o.printBatchId))) {
      const count = counts.get(order.printBatchId!) ?? { letters: 0, certificates: 0 };
      for (const line of order.lines)
        if (line.productCode === 'poq-letter') count.letters += 1;
        else count.certificates += 1;
      counts.set(order.printBatchId!, count);
    }
    return counts;
  }
  async countsFor(accountId: string) {
    const mine = this.all.filter((o) => o.accountId === accountId);
    const letters = mine
      .flatMap((o) => o.lines)
      .filter((l) => l.productCode === 'poq-letter')
      .reduce((sum, l) => sum + l.quantity, 0);
    return { orders: mine.length, letters };
  }
  private page(items: Order[], { offset, limit }: { offset: number; limit: number }): OrderPage {
    return { items: items.slice(offset, offset + limit), total: items.length };
  }
}

export class InMemoryBaskets extends BasketRepository {
  readonly items: BasketItem[] = [];
  readonly locked: string[] = [];

  aggregates() {
    return [];
  }
  has(...items: BasketItem[]): this {
    this.items.push(...items);
    return this;
  }
  async load(accountId: string, candidateNumber: string) {
    return new Basket(
      accountId,
      candidateNumber,
      this.items.filter((i) => i.accountId === accountId),
    );
  }
  async lock(accountId: string) {
    this.locked.push(accountId);
  }
  async save(basket: Basket) {
    const removed = new Set(basket.removedItems.map((i) => i.id));
    const kept = this.items.filter((i) => i.accountId !== basket.accountId);
    this.items.splice(0, this.items.length, ...kept, ...basket.items.filter((i) => !removed.has(i.id)));
  }
}

/** The claims table: one holder per candidate, achievement and product. */
export class InMemoryReprintClaims extends ReprintClaims {
  readonly held = new Map<string, string>();

  private static key(k: ReprintKey) {
    return `${k.candidateNumber}|${k.certificateNumber}|${k.productCode}`;
  }
  async isClaimed(key: ReprintKey) {
    return this.held.has(InMemoryReprintClaims.key(key));
  }
  async claim(key: ReprintKey, holderId: string) {
    const k = InMemoryReprintClaims.key(key);
    if (this.held.has(k) && this.held.get(k) !== holderId) throw new OnePerAchievementError();
    this.held.set(k, holderId);
  }
  async transfer(fromHolderIds: string[], toHolderId: string) {
    for (const [k, holder] of this.held) if (fromHolderIds.includes(holder)) this.held.set(k, toHolderId);
  }
  async release(holderId: string) {
    for (const [k, holder] of [...this.held]) if (holder === holderId) this.held.delete(k);
  }
  holderOf(key: ReprintKey): string | undefined {
    return this.held.get(InMemoryReprintClaims.key(key));
  }
}

export class InMemoryCatalogue extends CatalogueRepository {
  constructor(
    readonly productList: Product[] = [aProduct.reprint(), aProduct.letter()],
    readonly options: DeliveryOption[] = [aDeliveryOption.firstClass(), aDeliveryOption.international()],
  ) {
    super();
  }
  async products() {
    return this.productList;
  }
  async deliveryOptions() {
    return this.options;
  }
  async priceList(deliveryOptionCode: string | null) {
    return {
      products: this.productList,
      deliveryOption: this.options.find((o) => o.code === deliveryOptionCode),
    };
  }
  async product(code: string) {
    return this.productList.find((p) => p.code === code);
  }
  async deliveryOption(code: string) {
    return this.options.find((o) => o.code === code);
  }
}

/** The basket's lines priced from the in-memory catalogue, as SqlBasketPrices joins them. */
export class InMemoryBasketPrices extends BasketPrices {
  constructor(
    private readonly baskets: InMemoryBaskets,
    private readonly catalogue: InMemoryCatalogue,
  ) {
    super();
  }
  async linesOf(accountId: string) {
    return this.baskets.items
      .filter((item) => item.accountId === accountId)
      .map((item) => {
        const product = this.catalogue.productList.find((p) => p.code === item.productCode);
        return {
          unitPricePence: product?.pricePence ?? 0,
          quantity: item.quantity,
          vatRateBps: product?.vatRateBps ?? 0,
        };
      });
  }
}

export class InMemoryPaymentAttempts extends PaymentAttemptRepository {
  readonly all: PaymentAttempt[] = [];
  /** How many registration answers were stored (the attempts themselves are shared objects). */
  registrationsSaved = 0;

  aggregates() {
    return [];
  }
  /** Seeds existing attempts. */
  has(...attempts: PaymentAttempt[]): this {
    this.all.push(...attempts);
    return this;
  }
  async add(attempt: PaymentAttempt) {
    this.all.push(attempt);
  }
  async lockByReference(reference: string) {
    return this.all.find((a) => a.reference === reference);
  }
  async findByReference(reference: string) {
    return this.all.find((a) => a.reference === reference);
  }
  async findById(id: string) {
    return this.all.find((a) => a.id === id);
  }
  async findByIdempotencyKey(orderId: string, key: string) {
    return this.all.find((a) => a.orderId === orderId && a.idempotencyKey === key);
  }
  async lockOrder() {}
  async saveRegistration() {
    this.registrationsSaved += 1;
  }
}

export class InMemoryPrintBatches extends PrintBatchRepository {
  readonly all: PrintBatch[] = [];

  aggregates() {
    return this.all;
  }
  /** Seeds an existing batch. */
  has(...batches: PrintBatch[]): this {
    this.all.push(...batches);
    return this;
  }
  async nextNumber() {
    return this.all.length + 1;
  }
  async add(batch: PrintBatch) {
    this.all.push(batch);
  }
  async findById(id: string) {
    return this.all.find((b) => b.id === id);
  }
  async list({ offset, limit }: { offset: number; limit: number }) {
    return { items: this.all.slice(offset, offset + limit), total: this.all.length };
  }
}

// ---- other ports ---------------------------------------------------------------------------------

export class FakeCandidateDirectory extends CandidateDirectory {
  candidates: OrderingCandidate[] = [CANDIDATE];
  book: SavedAddress[] = [];
  facts: AchievementFacts[] = [
    {
      certificateNumber: '01702341-01-K7PD',
      candidateNumber: CANDIDATE.candidateNumber,
      fullName: 'Sam Eichen',
      title: 'Level 3 Diploma',
      qualificationNumber: '600/6553/2',
      issueDate: '2018-03-14',
      grade: 'Merit',
      verificationCode: 'K7Q2-9XMD-4RTP-H3WZ',
      revoked: false,
      ecertificate: true,
    },
  ];

  async candidate(accountId: string) {
    return this.candidates.find((c) => c.accountId === accountId) ?? null;
  }
  async achievements(certificateNumbers: string[]) {
    return this.facts.filter((f) => certificateNumbers.includes(f.certificateNumber));
  }
  async addresses() {
    return this.book;
  }
  names = new Map<string, string>();
  async accountNames(accountIds: string[]) {
    return new Map([...this.names].filter(([id]) => accountIds.includes(id)));
  }
  async certificatePdf(_candidateNumber: string, certificateNumber: string) {
    return { fileName: `${certificateNumber}.pdf`, content: Buffer.from('%PDF-1.7') };
  }
}

/**
 * A payment provider that answers registrations with a page URL and signs notifications with a field
 * "Signature" equal to the transaction's security key. `failWith` makes the next registration fail.
 */
export class FakePaymentGateway extends PaymentGateway {
  readonly provider = 'fake';
  readonly registrationTimeoutMs = 1000;
  readonly registrations: PaymentRegistrationRequest[] = [];
  failWith: Error | null = null;

  async register(request: PaymentRegistrationRequest): Promise<PaymentRegistration> {
    this.registrations.push(request);
    if (this.failWith) throw this.failWith;
    return {
      providerTransactionId: `VPS-${request.reference}`,
      securityKey: `key-${request.reference}`,
      paymentPageUrl: `https://pay.example/${request.reference}`,
    };
  }
  readNotification(fields: Record<string, string>): PaymentNotification | null {
    if (!fields.reference || !fields.outcome) return null;
    return {
      reference: fields.reference,
      providerTransactionId: fields.transactionId ?? '',
      outcome: fields.outcome as PaymentOutcome,
      detail: fields.detail ?? '',
    };
  }
  verifyNotification(fields: Record<string, string>, securityKey: string) {
    return fields.signature === securityKey;
  }
  answer(verdict: NotificationVerdict, redirectUrl: string, detail: string): NotificationAnswer {
    return { contentType: 'text/plain', body: JSON.stringify({ verdict, redirectUrl, detail }) };
  }
}

/** A signed notification for an attempt registered by FakePaymentGateway. */
export function aNotification(attempt: PaymentAttempt, outcome: PaymentOutcome, signature?: string) {
  return {
    reference: attempt.reference,
    outcome,
    transactionId: `VPS-${attempt.reference}`,
    detail: outcome === 'ok' ? '0000 : The Authorisation was Successful.' : 'Declined',
    signature: signature ?? attempt.securityKey ?? '',
  };
}

export const SETTINGS: OrderingSettings = {
  publicUrl: 'https://veri.example',
  unpaidOrderTimeoutMs: 60 * 60 * 1000,
  signatory: { name: 'Dr Jane Smith', role: 'Chief Executive' },
  letterSignature: {
    reason: 'Issued by the awarding body',
    location: 'Leeds',
    signerName: 'Awarding Body',
    contactInfo: 'https://veri.example',
  },
};
