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
  id!: string;
  number!: number;
  accountId!: string;
  candidateNumber!: string;
  email!: string;
  status!: OrderStatus;
  lines!: OrderLine[];
  delivery!: OrderDelivery;
  billingAddress!: PostalAddress;
  deliveryAddress!: PostalAddress;
  subTotalPence!: number;
  vatPence!: number;
  totalPence!: number;
  idempotencyKey!: string | null;
  transactionReference: string | null = null;
  printBatchId: string | null = null;
  placedAt!: Date;
  paidAt: Date | null = null;
  cancelledAt: Date | null = null;
  dispatchedAt: Date | null = null;

  static place(input: PlaceOrderInput): Order {
    if (input.items.length === 0) throw new BasketEmptyError();
    const international = isInternational(input.deliveryAddress);
    if (!input.deliveryOption.availableFor(international))
      throw new DeliveryOptionNotAllowedError(international);

    const order = new Order();
    order.id = input.id;
    order.number = input.number;
    order.accountId = input.accountId;
    order.candidateNumber = input.candidateNumber;
    order.email = input.email;
    order.status = 'pending_payment';
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
    order.lines = input.items.map((item, i) => ({
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
    order.delivery = {
      code: option.code,
      name: option.name,
      international: option.international,
      vatRateBps: option.vatRateBps,
      ...priced.delivery,
    };
    order.billingAddress = input.billingAddress;
    order.deliveryAddress = input.deliveryAddress;
    order.totalPence = priced.totalPence;
    order.vatPence = priced.vatPence;
    order.subTotalPence = priced.netPence;
    order.idempotencyKey = input.idempotencyKey;
    order.placedAt = input.now;
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
    this.status = 'paid';
    this.transactionReference = transactionReference;
    this.paidAt = at;
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
    this.status = 'cancelled';
    this.cancelledAt = at;
    this.record(new OrderCancelled(this.id));
    return true;
  }

  addToPrintBatch(batchId: string): void {
    if (this.status !== 'paid' || this.printBatchId) throw new OrderNotPrintableError(this.number);
    this.printBatchId = batchId;
    this.status = 'in_print';
  }

  dispatch(at: Date): void {
    if (this.status !== 'in_print') return;
    this.status = 'dispatched';
    this.dispatchedAt = at;
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
  abstract add(order: Order): void;
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
