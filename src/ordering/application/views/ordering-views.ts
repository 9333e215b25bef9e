import { BasketItem } from '../../domain/basket';
import { bpsToPercent, breakdown, gbp, Money } from '../../domain/money';
import { Order, ORDER_STATUS_LABELS, OrderLine } from '../../domain/order';
import { PostalAddress } from '../../domain/postal-address';
import { countryName } from '../../../shared/domain/postal-areas';
import { describeReason } from '../../domain/reprint-reason';

export interface BasketLineView {
  id: string;
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

export interface BasketView {
  items: BasketLineView[];
  subTotal: Money;
  delivery: Money;
  vat: Money;
  total: Money;
  itemCount: number;
}

export interface AddressView extends PostalAddress {
  countryName: string;
}

export interface OrderLineView {
  product: string;
  productName: string;
  certificateNumber: string;
  qualificationTitle: string;
  reason: string;
  reasonText: string | null;
  reasonLabel: string;
  quantity: number;
  price: Money;
  vatRate: number;
  subTotal: Money;
  vat: Money;
  gross: Money;
}

export interface OrderView {
  id: string;
  number: number;
  status: string;
  statusLabel: string;
  items: OrderLineView[];
  itemCount: number;
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
): BasketView {
  const lines = items.map((item) => {
    const product = prices.get(item.productCode) ?? { name: item.productCode, pricePence: 0, vatRateBps: 0 };
    const parts = breakdown(product.pricePence, item.quantity, product.vatRateBps);
    return {
      id: item.id,
      product: item.productCode,
      productName: product.name,
      certificateNumber: item.certificateNumber,
      qualificationTitle: item.qualificationTitle,
      reason: item.reason,
      reasonText: item.reasonText,
      reasonLabel: describeReason({ reason: item.reason, text: item.reasonText }),
      quantity: item.quantity,
      price: gbp(product.pricePence),
      subTotal: gbp(parts.netPence),
      vat: gbp(parts.vatPence),
      gross: gbp(parts.grossPence),
    };
  });
  const sum = (pick: (l: BasketLineView) => Money) =>
    lines.reduce((total, l) => total + pick(l).amountPence, 0);
  return {
    items: lines,
    subTotal: gbp(sum((l) => l.subTotal)),
    delivery: gbp(0),
    vat: gbp(sum((l) => l.vat)),
    total: gbp(sum((l) => l.gross)),
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
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    statusLabel: ORDER_STATUS_LABELS[order.status],
    items: order.lines.map(lineView),
    itemCount: order.itemCount(),
    subTotal: gbp(order.subTotalPence),
    vat: gbp(order.vatPence),
    total: gbp(order.totalPence),
    delivery: {
      option: order.delivery.code,
      name: order.delivery.name,
      international: order.delivery.international,
      price: gbp(order.delivery.grossPence),
      vat: gbp(order.delivery.vatPence),
      address: addressView(order.deliveryAddress),
    },
    billingAddress: addressView(order.billingAddress),
    transactionReference: order.transactionReference,
    placedAt: order.placedAt.toISOString(),
    paidAt: order.paidAt?.toISOString() ?? null,
    cancelledAt: order.cancelledAt?.toISOString() ?? null,
    dispatchedAt: order.dispatchedAt?.toISOString() ?? null,
    payable: order.isPayable(),
  };
}

export interface Paged<T> {
  items: T[];
  page: number;
  pageSize: number;
  totalItems: number;
  totalPages: number;
}

export function pagedOf<T>(items: T[], total: number, page: number, pageSize: number): Paged<T> {
  return { items, page, pageSize, totalItems: total, totalPages: Math.max(1, Math.ceil(total / pageSize)) };
}
