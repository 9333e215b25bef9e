import { Injectable } from '@nestjs/common';
import { DomainEventReaction, ReactsTo } from '../../../shared/application/domain-event-reaction';
import { EmailOutbox } from '../../../shared/application/email-outbox';
import { Order, OrderRepository, readableTransactionReference } from '../../domain/order';
import { OrderCancelled, OrderDispatched, OrderPaid, OrderPaymentFailed } from '../../domain/order.events';
import { addressBlock } from '../../domain/postal-address';
import { describeReason } from '../../domain/reprint-reason';

/** What every order email shows: the receipt (lines, VAT, delivery, total) and the delivery address. */
export function orderEmailData(order: Order): Record<string, unknown> {
  const a = order.deliveryAddress;
  const figures = order.quote();
  return {
    orderNumber: order.number,
    orderLink: `/orders/${order.id}`,
    lines: order.lines.map((l) => ({
      productName: l.productName,
      qualificationTitle: l.qualificationTitle,
      certificateNumber: l.certificateNumber,
      reason: describeReason({ reason: l.reason, text: l.reasonText }),
      quantity: l.quantity,
      grossPence: l.grossPence,
      vatPence: l.vatPence,
    })),
    deliveryName: order.delivery.name,
    documentsPence: figures.documentsPence,
    deliveryPence: figures.deliveryPence,
    international: order.delivery.international,
    vatPence: figures.vatPence,
    totalPence: figures.totalPence,
    transactionReference: readableTransactionReference(order.transactionReference),
    paidAt: order.paidAt?.toISOString() ?? null,
    address: addressBlock(a),
  };
}

const SUBJECTS = {
  paid: (n: number) => `Order ${n} confirmed: your receipt`,
  failed: (n: number) => `Order ${n}: your payment did not go through`,
  cancelled: (n: number) => `Order ${n} cancelled`,
  dispatched: (n: number) => `Order ${n} dispatched`,
};

/** Each step of an order that the candidate should hear about is emailed (from the outbox, after commit). */
@Injectable()
@ReactsTo([OrderPaid, OrderPaymentFailed, OrderCancelled, OrderDispatched])
export class EmailOrderSteps implements DomainEventReaction<
  OrderPaid | OrderPaymentFailed | OrderCancelled | OrderDispatched
> {
  constructor(
    private readonly orders: OrderRepository,
    private readonly emails: EmailOutbox,
  ) {}

  async handle(event: OrderPaid | OrderPaymentFailed | OrderCancelled | OrderDispatched): Promise<void> {
    const order = await this.orders.findById(event.orderId);
    if (!order) return;
    const data = orderEmailData(order);
    if (event instanceof OrderPaid) {
      this.emails.queue({
        to: order.email,
        subject: SUBJECTS.paid(order.number),
        template: 'order-confirmation',
        data,
      });
    } else if (event instanceof OrderPaymentFailed) {
      this.emails.queue({
        to: order.email,
        subject: SUBJECTS.failed(order.number),
        template: 'order-payment-failed',
        data: { ...data, paymentLink: `/orders/${order.id}/payment` },
      });
    } else if (event instanceof OrderCancelled) {
      this.emails.queue({
        to: order.email,
        subject: SUBJECTS.cancelled(order.number),
        template: 'order-cancelled',
        data,
      });
    } else {
      this.emails.queue({
        to: order.email,
        subject: SUBJECTS.dispatched(order.number),
        template: 'order-dispatched',
        data,
      });
    }
  }
}
