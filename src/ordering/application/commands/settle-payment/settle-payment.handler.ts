import { Logger } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Clock } from '../../../../shared/domain';
import { OrderRepository } from '../../../domain/order';
import { UnknownPaymentProviderError } from '../../../domain/ordering.errors';
import { PaymentAttemptRepository } from '../../../domain/payment-attempt';
import { OrderingSettings } from '../../ports/ordering-settings';
import { NotificationAnswer, PaymentGateway, PaymentNotification } from '../../ports/payment-gateway';
import { SettlePayment } from './settle-payment.command';

@CommandHandler(SettlePayment)
export class SettlePaymentHandler implements ICommandHandler<SettlePayment> {
  private readonly logger = new Logger(SettlePaymentHandler.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly orders: OrderRepository,
    private readonly attempts: PaymentAttemptRepository,
    private readonly gateway: PaymentGateway,
    private readonly settings: OrderingSettings,
    private readonly clock: Clock,
  ) {}

  async execute({ provider, fields }: SettlePayment): Promise<NotificationAnswer> {
    if (provider !== this.gateway.provider) throw new UnknownPaymentProviderError();
    const ordersPage = `${this.settings.publicUrl}/orders`;
    const notification = this.gateway.readNotification(fields);
    if (!notification)
      return this.gateway.answer('invalid', ordersPage, 'The notification is missing required fields.');
    try {
      return await this.settle(fields, notification, ordersPage);
    } catch (error) {
      // Our fault (e.g. the database is down): say ERROR in the provider's format, so it shows the buyer
      // its own error page rather than a payment that looks taken; the order stays payable.
      this.logger.error(
        `Payment notification for ${notification.reference} failed: ${error instanceof Error ? error.message : error}`,
      );
      return this.gateway.answer('error', ordersPage, 'The notification could not be processed.');
    }
  }

  private settle(
    fields: Record<string, string>,
    notification: PaymentNotification,
    ordersPage: string,
  ): Promise<NotificationAnswer> {
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
