import { Command } from '@nestjs/cqrs';
import { NotificationAnswer } from '../../ports/payment-gateway';

/**
 * The provider's signed notification of a payment attempt's result. Answered in the provider's format;
 * repeated notifications have no further effect.
 */
export class SettlePayment extends Command<NotificationAnswer> {
  constructor(
    /** The provider named in the notification's URL: another than ours is not found. */
    readonly provider: string,
    readonly fields: Record<string, string>,
  ) {
    super();
  }
}
