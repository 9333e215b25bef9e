/** The outbox topic of the job that cancels an order still unpaid after the payment timeout. */
export const CANCEL_UNPAID_ORDER_TOPIC = 'ordering.cancel-unpaid-order';
