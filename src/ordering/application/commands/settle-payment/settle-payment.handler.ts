import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Clock } from '../../../../shared/domain';
import { OrderRepository } from '../../../domain/order';
import { PaymentAttemptRepository } from '../../../domain/payment-attempt';
import { OrderingSettings } from '../../ports/ordering-settings';
import { NotificationAnswer, PaymentGateway } from '../../ports/payment-gateway';
import { SettlePayment } from './settle-payment.command';

@CommandHandler(SettlePayment)
export class SettlePaymentHandler implements ICommandHandler<SettlePayment> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly orders: OrderRepository,
    private readonly attempts: PaymentAttemptRepository,
    private readonly gateway: PaymentGateway,
    private readonly settings: OrderingSettings,
    private readonly clock: Clock,
  ) {}

  async execute({ fields }: SettlePayment): Promise<NotificationAnswer> {
    const ordersPage = `${this.settings.publicUrl}/orders`;
    const notification = this.gateway.readNotification(fields);
    if (!notification)
      return this.gateway.answer('invalid', ordersPage, 'The notification is missing required fields.');

    return this.uow.run(async () => {
      // Locked: simultaneous copies of one notification are settled one after the other, once.
      const attempt = await this.attempts.lockByReference(notification.reference);
      if (!attempt || !attempt.securityKey)
        return this.gateway.answer('invalid', ordersPage, 'Unknown transaction.');
      if (!this.gateway.verifyNotification(fields, attempt.securityKey)) {
        return this.gateway.answer(
          'invalid',
          `${ordersPage}/${attempt.orderId}/payment?outcome=error`,
          'The signature does not match.',
        );
      }
      const order = await this.orders.findById(attempt.orderId);
      if (!order) return this.gateway.answer('error', ordersPage, 'Unknown order.');
      if (
        attempt.settle(
          notification.outcome,
          notification.providerTransactionId,
          notification.detail,
          this.clock.now(),
        )
      ) {
        if (notification.outcome === 'ok')
          order.markPaid(notification.providerTransactionId, this.clock.now());
        else if (notification.outcome !== 'abort') order.paymentFailed(notification.outcome);
      }
      const redirect =
        attempt.status === 'ok'
          ? `${ordersPage}?confirmed=${encodeURIComponent(order.id)}`
          : `${ordersPage}/${encodeURIComponent(order.id)}/payment?outcome=${encodeURIComponent(attempt.status)}`;
      return this.gateway.answer('ok', redirect, '');
    });
  }
}
