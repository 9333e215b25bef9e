import { AggregateRoot } from '../../shared/domain';
import { BasketItem } from './basket';
import { DeliveryOption, Product, ProductCode } from './catalogue';
import {
  BasketEmptyError,
  DeliveryOptionNotAllowedError,
  OrderNotPayableError,
  OrderNotPrintableError,
  UnknownProductError,
} from './ordering.errors';
import { OrderCancelled, OrderDispatched, OrderPaid, OrderPaymentFailed, OrderPlaced } from './order.events';
import { isInternational, PostalAddress } from './postal-address';
import { quote, Quote } from './quote';
import { ReprintReason } from './reprint-reason';

export type OrderStatus = 'pending_payment' | 'paid' | 'in_print' | 'dispatched' | 'cancelled';

export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  pending_payment: 'Pending payment',
  paid: 'Processing (Cleared payment)',
  in_print: 'In print',
  dispatched: 'Dispatched',
  cancelled: 'Cancelled',
};

/** A line as ordered: the price, VAT rate and names are frozen when the order is placed. */
export interface OrderLine {
  productCode: ProductCode;
  productName: string;
  certificateNumber: string;
  qualificationTitle: string;
  reason: ReprintReason;
  reasonText: string | null;
  quantity: number;
  unitPricePence: number;
  vatRateBps: number;
  grossPence: number;
  vatPence: number;
  netPence: number;
}

export interface OrderDelivery {
  code: string;
  name: string;
  international: boolean;
  grossPence: number;
  vatRateBps: number;
  vatPence: number;
  netPence: number;
}

export interface PlaceOrderInput {
  id: string;
  number: number;
  accountId: string;
  candidateNumber: string;
  email: string;
  items: readonly BasketItem[];
  products: Product[];
  billingAddress: PostalAddress;
  deliveryAddress: PostalAddress;
  deliveryOption: DeliveryOption;
  idempotencyKey: string | null;
  now: Date;
}

/**
 * An order of printed documents. Statuses run pending payment -> paid -> in print -> dispatched, or
 * pending payment -> cancelled when it is never paid. Everything priced is frozen at placing.
 */
export class Order extends AggregateRoot {
  // State is the aggregate's own: set when it is placed, changed only by its methods, read through the
  // getters below. The persistence mapping (infrastructure) maps these private fields to their columns.
  private _id!: string;
  private _number!: number;
  private _accountId!: string;
  private _candidateNumber!: string;
  private _email!: string;
  private _status!: OrderStatus;
  private _lines!: OrderLine[];
  private _delivery!: OrderDelivery;
  private _billingAddress!: PostalAddress;
  private _deliveryAddress!: PostalAddress;
  private _subTotalPence!: number;
  private _vatPence!: number;
  private _totalPence!: number;
  private _idempotencyKey!: string | null;
  private _transactionReference: string | null = null;
  private _printBatchId: string | null = null;
  private _placedAt!: Date;
  private _paidAt: Date | null = null;
  private _cancelledAt: Date | null = null;
  private _dispatchedAt: Date | null = null;

  get id(): string {
    return this._id;
  }
  get number(): number {
    return this._number;
  }
  get accountId(): string {
    return this._accountId;
  }
  get candidateNumber(): string {
    return this._candidateNumber;
  }
  get email(): string {
    return this._email;
  }
  get status(): OrderStatus {
    return this._status;
  }
  get lines(): readonly OrderLine[] {
    return this._lines;
  }
  get delivery(): Readonly<OrderDelivery> {
    return this._delivery;
  }
  get billingAddress(): Readonly<PostalAddress> {
    return this._billingAddress;
  }
  get deliveryAddress(): Readonly<PostalAddress> {
    return this._deliveryAddress;
  }
  get subTotalPence(): number {
    return this._subTotalPence;
  }
  get vatPence(): number {
    return this._vatPence;
  }
  get totalPence(): number {
    return this._totalPence;
  }
  get idempotencyKey(): string | null {
    return this._idempotencyKey;
  }
  get transactionReference(): string | null {
    return this._transactionReference;
  }
  get printBatchId(): string | null {
    return this._printBatchId;
  }
  get placedAt(): Date {
    return this._placedAt;
  }
  get paidAt(): Date | null {
    return this._paidAt;
  }
  get cancelledAt(): Date | null {
    return this._cancelledAt;
  }
  get dispatchedAt(): Date | null {
    return this._dispatchedAt;
  }

  static place(input: PlaceOrderInput): Order {
    if (input.items.length === 0) throw new BasketEmptyError();
    const international = isInternational(input.deliveryAddress);
    if (!input.deliveryOption.availableFor(international))
      throw new DeliveryOptionNotAllowedError(international);

    const order = new Order();
    order._id = input.id;
    order._number = input.number;
    order._accountId = input.accountId;
    order._candidateNumber = input.candidateNumber;
    order._email = input.email;
    order._status = 'pending_payment';
    const products = input.items.map((item) => {
      const product = input.products.find((p) => p.code === item.productCode);
      if (!product) throw new UnknownProductError(item.productCode);
      return product;
    });
    const option = input.deliveryOption;
    const priced = quote(
      input.items.map((item, i) => ({
        unitPricePence: products[i].pricePence,
        quantity: item.quantity,
        vatRateBps: products[i].vatRateBps,
      })),
      { unitPricePence: option.pricePence, quantity: 1, vatRateBps: option.vatRateBps },
    );
    order._lines = input.items.map((item, i) => ({
      productCode: products[i].code,
      productName: products[i].name,
      certificateNumber: item.certificateNumber,
      qualificationTitle: item.qualificationTitle,
      reason: item.reason,
      reasonText: item.reasonText,
      quantity: item.quantity,
      unitPricePence: products[i].pricePence,
      vatRateBps: products[i].vatRateBps,
      ...priced.lines[i],
    }));
    order._delivery = {
      code: option.code,
      name: option.name,
      international: option.international,
      vatRateBps: option.vatRateBps,
      ...priced.delivery,
    };
    order._billingAddress = input.billingAddress;
    order._deliveryAddress = input.deliveryAddress;
    order._totalPence = priced.totalPence;
    order._vatPence = priced.vatPence;
    order._subTotalPence = priced.netPence;
    order._idempotencyKey = input.idempotencyKey;
    order._placedAt = input.now;
    order.record(new OrderPlaced(order.id));
    return order;
  }

  /** The order's figures, from the prices frozen when it was placed (the same as at placing). */
  quote(): Quote {
    return quote(this.lines, {
      unitPricePence: this.delivery.grossPence,
      quantity: 1,
      vatRateBps: this.delivery.vatRateBps,
    });
  }

  itemCount(): number {
    return this.lines.reduce((sum, l) => sum + l.quantity, 0);
  }

  isPayable(): boolean {
    return this.status === 'pending_payment';
  }

  assertPayable(): void {
    if (!this.isPayable()) throw new OrderNotPayableError();
  }

  /** Idempotent: a repeated confirmation of the same payment changes nothing. Returns whether it changed. */
  markPaid(transactionReference: string, at: Date): boolean {
    if (this.status !== 'pending_payment') return false;
    this._status = 'paid';
    this._transactionReference = transactionReference;
    this._paidAt = at;
    this.record(new OrderPaid(this.id));
    return true;
  }

  /** A declined, rejected or failed card payment: the order waits for another attempt. */
  paymentFailed(outcome: string): void {
    if (this.status === 'pending_payment') this.record(new OrderPaymentFailed(this.id, outcome));
  }

  /** Returns false (and changes nothing) unless the order is still waiting for payment. */
  cancelUnpaid(at: Date): boolean {
    if (this.status !== 'pending_payment') return false;
    this._status = 'cancelled';
    this._cancelledAt = at;
    this.record(new OrderCancelled(this.id));
    return true;
  }

  addToPrintBatch(batchId: string): void {
    if (this.status !== 'paid' || this.printBatchId) throw new OrderNotPrintableError(this.number);
    this._printBatchId = batchId;
    this._status = 'in_print';
  }

  dispatch(at: Date): void {
    if (this.status !== 'in_print') return;
    this._status = 'dispatched';
    this._dispatchedAt = at;
    this.record(new OrderDispatched(this.id));
  }
}

/**
 * The payment provider's transaction id as people read it: Opayo sends `{GUID}`, and the braces are
 * noise on a receipt (what is stored stays exactly what the provider sent).
 */
export function readableTransactionReference(reference: string | null): string | null {
  return reference ? reference.replace(/^\{(.*)\}$/, '$1') : null;
}

export interface OrderPage {
  items: Order[];
  total: number;
}

export abstract class OrderRepository {
  abstract nextNumber(): Promise<number>;
  /** Writes a new order at once, in the current transaction. */
  abstract add(order: Order): Promise<void>;
  /** Someone else's order is simply not found. */
  abstract findOwned(accountId: string, orderId: string): Promise<Order | undefined>;
  abstract findById(orderId: string): Promise<Order | undefined>;
  abstract findByIdempotencyKey(accountId: string, key: string): Promise<Order | undefined>;
  abstract listOwned(accountId: string, page: { offset: number; limit: number }): Promise<OrderPage>;
  abstract listByStatus(
    status: OrderStatus | undefined,
    page: { offset: number; limit: number },
  ): Promise<OrderPage>;
  /** Paid orders not yet in a print batch, oldest first, locked for this transaction. */
  abstract lockPaidUnbatched(): Promise<Order[]>;
  abstract listInBatch(batchId: string): Promise<Order[]>;
  /** How many letters and certificate reprints each batch holds (batches with none are left out). */
  abstract productCountsByBatch(
    batchIds: string[],
  ): Promise<Map<string, { letters: number; certificates: number }>>;
  abstract countsFor(accountId: string): Promise<{ orders: number; letters: number }>;
}
