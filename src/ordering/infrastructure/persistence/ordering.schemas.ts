import { EntitySchema, EntitySchemaProperty } from '@mikro-orm/core';
import { BasketItem } from '../../domain/basket';
import { DeliveryOption, Product } from '../../domain/catalogue';
import { Order } from '../../domain/order';
import { PaymentAttempt } from '../../domain/payment-attempt';
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

export const OrderSchema = new EntitySchema<Order>({
  class: Order,
  tableName: 'ordering_orders',
  properties: {
    id: { type: 'uuid', primary: true },
    number: { type: 'integer' },
    accountId: { type: 'uuid' },
    candidateNumber: { type: 'string' },
    email: { type: 'string' },
    status: { type: 'string' },
    lines: { type: 'json' },
    delivery: { type: 'json' },
    billingAddress: { type: 'json' },
    deliveryAddress: { type: 'json' },
    subTotalPence: { type: 'integer' },
    vatPence: { type: 'integer' },
    totalPence: { type: 'integer' },
    idempotencyKey: { type: 'string', nullable: true },
    transactionReference: { type: 'string', nullable: true },
    printBatchId: { type: 'uuid', nullable: true },
    placedAt: { type: 'Date', columnType: 'timestamptz' },
    paidAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    cancelledAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    dispatchedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
  },
});

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
