import { Constructor, EntitySchema, EntitySchemaProperty } from '@mikro-orm/core';
import { BasketItem } from '../../domain/basket';
import { DeliveryOption, Product } from '../../domain/catalogue';
import { Order, OrderDelivery, OrderLine, OrderStatus } from '../../domain/order';
import { PaymentAttempt } from '../../domain/payment-attempt';
import { PostalAddress } from '../../domain/postal-address';
import { PrintBatch } from '../../domain/print-batch';

/**
 * An aggregate's columns when some of its state is private (`_status`, read through a `status` getter):
 * the ORM reads and writes the private fields by name, while TypeScript keeps them out of the entity's
 * public shape, and so out of the type of its property map; the getters are no columns of their own.
 */
function withPrivateState<T>(
  columns: Partial<Record<keyof T, EntitySchemaProperty<unknown, T>>>,
  privateState: Record<`_${string}`, EntitySchemaProperty<unknown, T>>,
): never {
  return { ...columns, ...privateState } as never;
}

// The mappings of Ordering's tables (migrations/Migration20261129104700Ordering.ts holds the constraints).

export const ProductSchema = new EntitySchema<Product>({
  class: Product,
  tableName: 'ordering_products',
  properties: {
    code: { type: 'string', primary: true },
    name: { type: 'string' },
    pricePence: { type: 'integer' },
    vatRateBps: { type: 'integer' },
    updatedAt: { type: 'Date', columnType: 'timestamptz' },
  },
});

export const DeliveryOptionSchema = new EntitySchema<DeliveryOption>({
  class: DeliveryOption,
  tableName: 'ordering_delivery_options',
  properties: {
    code: { type: 'string', primary: true },
    name: { type: 'string' },
    pricePence: { type: 'integer' },
    vatRateBps: { type: 'integer' },
    international: { type: 'boolean' },
    position: { type: 'integer' },
    updatedAt: { type: 'Date', columnType: 'timestamptz' },
  },
});

export const BasketItemSchema = new EntitySchema<BasketItem>({
  class: BasketItem,
  tableName: 'ordering_basket_items',
  properties: {
    id: { type: 'uuid', primary: true },
    accountId: { type: 'uuid' },
    candidateNumber: { type: 'string' },
    productCode: { type: 'string' },
    certificateNumber: { type: 'string' },
    qualificationTitle: { type: 'string' },
    reason: { type: 'string' },
    reasonText: { type: 'string', nullable: true },
    quantity: { type: 'integer' },
    addedAt: { type: 'Date', columnType: 'timestamptz' },
  },
});

/**
 * The Order aggregate's private state as the mapping sees it: each `_x` field is the column x.
 * Only this file and the repository know these names; everyone else reads the aggregate's getters.
 */
export interface OrderState {
  _id: string;
  _number: number;
  _accountId: string;
  _candidateNumber: string;
  _email: string;
  _status: OrderStatus;
  _lines: OrderLine[];
  _delivery: OrderDelivery;
  _billingAddress: PostalAddress;
  _deliveryAddress: PostalAddress;
  _subTotalPence: number;
  _vatPence: number;
  _totalPence: number;
  _idempotencyKey: string | null;
  _transactionReference: string | null;
  _printBatchId: string | null;
  _placedAt: Date;
  _paidAt: Date | null;
  _cancelledAt: Date | null;
  _dispatchedAt: Date | null;
}

const timestamp = (nullable = false) =>
  ({ type: 'Date', columnType: 'timestamptz', ...(nullable ? { nullable } : {}) }) as const;

export const OrderSchema = new EntitySchema<OrderState>({
  // The class whose instances are loaded and saved; its fields are private, hence the cast.
  class: Order as unknown as Constructor<OrderState>,
  tableName: 'ordering_orders',
  properties: {
    _id: { type: 'uuid', primary: true, fieldName: 'id' },
    _number: { type: 'integer', fieldName: 'number' },
    _accountId: { type: 'uuid', fieldName: 'account_id' },
    _candidateNumber: { type: 'string', fieldName: 'candidate_number' },
    _email: { type: 'string', fieldName: 'email' },
    _status: { type: 'string', fieldName: 'status' },
    _lines: { type: 'json', fieldName: 'lines' },
    _delivery: { type: 'json', fieldName: 'delivery' },
    _billingAddress: { type: 'json', fieldName: 'billing_address' },
    _deliveryAddress: { type: 'json', fieldName: 'delivery_address' },
    _subTotalPence: { type: 'integer', fieldName: 'sub_total_pence' },
    _vatPence: { type: 'integer', fieldName: 'vat_pence' },
    _totalPence: { type: 'integer', fieldName: 'total_pence' },
    _idempotencyKey: { type: 'string', nullable: true, fieldName: 'idempotency_key' },
    _transactionReference: { type: 'string', nullable: true, fieldName: 'transaction_reference' },
    _printBatchId: { type: 'uuid', nullable: true, fieldName: 'print_batch_id' },
    _placedAt: { ...timestamp(), fieldName: 'placed_at' },
    _paidAt: { ...timestamp(true), fieldName: 'paid_at' },
    _cancelledAt: { ...timestamp(true), fieldName: 'cancelled_at' },
    _dispatchedAt: { ...timestamp(true), fieldName: 'dispatched_at' },
  },
});

/** A loaded row is an Order (the schema's class); typed by its state only for the queries' sake. */
export function asOrder(state: OrderState | null): Order | undefined {
  return (state as unknown as Order | null) ?? undefined;
}

export function asOrders(states: OrderState[]): Order[] {
  return states as unknown as Order[];
}

export const PaymentAttemptSchema = new EntitySchema<PaymentAttempt>({
  class: PaymentAttempt,
  tableName: 'ordering_payment_attempts',
  properties: {
    id: { type: 'uuid', primary: true },
    // The foreign key as a relation (still read and written as the id), so an attempt recorded in the
    // transaction that places its order is inserted after the order.
    orderId: { kind: 'm:1', entity: () => Order, mapToPk: true, fieldName: 'order_id' },
    reference: { type: 'string' },
    amountPence: { type: 'integer' },
    status: { type: 'string' },
    providerTransactionId: { type: 'string', nullable: true },
    securityKey: { type: 'string', nullable: true },
    paymentPageUrl: { type: 'text', nullable: true },
    statusDetail: { type: 'string', nullable: true },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    completedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    idempotencyKey: { type: 'string', nullable: true },
  },
});

export const PrintBatchSchema = new EntitySchema<PrintBatch>({
  class: PrintBatch,
  tableName: 'ordering_print_batches',
  properties: withPrivateState<PrintBatch>(
    {
      id: { type: 'uuid', primary: true },
      number: { type: 'integer' },
      orderCount: { type: 'integer' },
      itemCount: { type: 'integer' },
      createdBy: { type: 'uuid', nullable: true },
      createdAt: { type: 'Date', columnType: 'timestamptz' },
    },
    {
      _status: { type: 'string', fieldName: 'status' },
      _dispatchedAt: { type: 'Date', columnType: 'timestamptz', nullable: true, fieldName: 'dispatched_at' },
    },
  ),
});

export const ORDERING_SCHEMAS = [
  ProductSchema,
  DeliveryOptionSchema,
  BasketItemSchema,
  OrderSchema,
  PaymentAttemptSchema,
  PrintBatchSchema,
];
