import { BasketItem } from '../../domain/basket';
import { bpsToPercent, gbp, Money } from '../../domain/money';
import { Order, ORDER_STATUS_LABELS, OrderLine, readableTransactionReference } from '../../domain/order';
import { PostalAddress } from '../../domain/postal-address';
import { quote } from '../../domain/quote';
import { countryName } from '../../../shared/domain/postal-areas';
import { describeReason } from '../../domain/reprint-reason';

/** A printed document in a basket or an order: what, for which achievement, why, and its price with VAT. */
interface DocumentLineView {
  product: string;
  productName: string;
  certificateNumber: string;
  qualificationTitle: string;
  reason: string;
  reasonText: string | null;
  reasonLabel: string;
  quantity: number;
  price: Money;
  subTotal: Money;
  vat: Money;
  gross: Money;
}

export interface BasketLineView extends DocumentLineView {
  id: string;
}

/**
 * Shown as documents + delivery = total, "includes VAT" (all figures from the domain's `quote`).
 * `subTotal` is the total without VAT, kept for API clients.
 */
export interface BasketView {
  items: BasketLineView[];
  documents: Money;
  subTotal: Money;
  delivery: Money;
  vat: Money;
  total: Money;
  itemCount: number;
}

export interface AddressView extends PostalAddress {
  countryName: string;
}

export interface OrderLineView extends DocumentLineView {
  vatRate: number;
}

export interface OrderView {
  id: string;
  number: number;
  status: string;
  statusLabel: string;
  items: OrderLineView[];
  itemCount: number;
  documents: Money;
  subTotal: Money;
  vat: Money;
  total: Money;
  delivery: {
    option: string;
    name: string;
    international: boolean;
    price: Money;
    vat: Money;
    address: AddressView;
  };
  billingAddress: AddressView;
  transactionReference: string | null;
  placedAt: string;
  paidAt: string | null;
  cancelledAt: string | null;
  dispatchedAt: string | null;
  payable: boolean;
}

export function basketView(
  items: readonly BasketItem[],
  prices: Map<string, { name: string; pricePence: number; vatRateBps: number }>,
  delivery: { pricePence: number; vatRateBps: number } | null = null,
): BasketView {
  const products = items.map(
    (item) => prices.get(item.productCode) ?? { name: item.productCode, pricePence: 0, vatRateBps: 0 },
  );
  const figures = quote(
    items.map((item, i) => ({
      unitPricePence: products[i].pricePence,
      quantity: item.quantity,
      vatRateBps: products[i].vatRateBps,
    })),
    delivery && { unitPricePence: delivery.pricePence, quantity: 1, vatRateBps: delivery.vatRateBps },
  );
  const lines = items.map((item, i) => ({
    id: item.id,
    product: item.productCode,
    productName: products[i].name,
    certificateNumber: item.certificateNumber,
    qualificationTitle: item.qualificationTitle,
    reason: item.reason,
    reasonText: item.reasonText,
    reasonLabel: describeReason({ reason: item.reason, text: item.reasonText }),
    quantity: item.quantity,
    price: gbp(products[i].pricePence),
    subTotal: gbp(figures.lines[i].netPence),
    vat: gbp(figures.lines[i].vatPence),
    gross: gbp(figures.lines[i].grossPence),
  }));
  return {
    items: lines,
    documents: gbp(figures.documentsPence),
    subTotal: gbp(figures.netPence),
    delivery: gbp(figures.deliveryPence),
    vat: gbp(figures.vatPence),
    total: gbp(figures.totalPence),
    itemCount: lines.reduce((n, l) => n + l.quantity, 0),
  };
}

export function addressView(address: PostalAddress): AddressView {
  return { ...address, countryName: countryName(address.country) };
}

function lineView(line: OrderLine): OrderLineView {
  return {
    product: line.productCode,
    productName: line.productName,
    certificateNumber: line.certificateNumber,
    qualificationTitle: line.qualificationTitle,
    reason: line.reason,
    reasonText: line.reasonText,
    reasonLabel: describeReason({ reason: line.reason, text: line.reasonText }),
    quantity: line.quantity,
    price: gbp(line.unitPricePence),
    vatRate: bpsToPercent(line.vatRateBps),
    subTotal: gbp(line.netPence),
    vat: gbp(line.vatPence),
    gross: gbp(line.grossPence),
  };
}

export function orderView(order: Order): OrderView {
  const figures = order.quote();
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    statusLabel: ORDER_STATUS_LABELS[order.status],
    items: order.lines.map(lineView),
    itemCount: order.itemCount(),
    documents: gbp(figures.documentsPence),
    subTotal: gbp(figures.netPence),
    vat: gbp(figures.vatPence),
    total: gbp(figures.totalPence),
    delivery: {
      option: order.delivery.code,
      name: order.delivery.name,
      international: order.delivery.international,
      price: gbp(figures.deliveryPence),
      vat: gbp(order.delivery.vatPence),
      address: addressView(order.deliveryAddress),
    },
    billingAddress: addressView(order.billingAddress),
    transactionReference: readableTransactionReference(order.transactionReference),
    placedAt: order.placedAt.toISOString(),
    paidAt: order.paidAt?.toISOString() ?? null,
    cancelledAt: order.cancelledAt?.toISOString() ?? null,
    dispatchedAt: order.dispatchedAt?.toISOString() ?? null,
    payable: order.isPayable(),
  };
}

export { type Paged, pagedOf } from '../../../shared/application/paged';
