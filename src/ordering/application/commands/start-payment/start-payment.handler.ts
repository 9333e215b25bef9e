import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Order, OrderRepository } from '../../../domain/order';
import { NotACandidateError, OrderNotFoundError } from '../../../domain/ordering.errors';
import { PaymentAttempt, PaymentAttemptRepository } from '../../../domain/payment-attempt';
import { CandidateDirectory } from '../../ports/candidate-directory';
import { PaymentRegistrar } from '../../services/payment-registrar';
import { StartPayment } from './start-payment.command';

type Started = { replayOf: string } | { attempt: PaymentAttempt; order: Order };

/** The attempt is recorded in one short transaction; the provider is called after it commits. */
@CommandHandler(StartPayment)
export class StartPaymentHandler implements ICommandHandler<StartPayment> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly orders: OrderRepository,
    private readonly attempts: PaymentAttemptRepository,
    private readonly directory: CandidateDirectory,
    private readonly payments: PaymentRegistrar,
  ) {}

  async execute({ accountId, orderId, idempotencyKey }: StartPayment): Promise<{ paymentUrl: string }> {
    const candidate = await this.directory.candidate(accountId);
    if (!candidate) throw new NotACandidateError();
    const started = await this.uow.run<Started>(async () => {
      const order = await this.orders.findOwned(accountId, orderId);
      if (!order) throw new OrderNotFoundError();
      if (idempotencyKey) {
        // Replays of one checkout queue here; the first records its attempt, the others find it.
        await this.attempts.lockOrder(order.id);
        const earlier = await this.attempts.findByIdempotencyKey(order.id, idempotencyKey);
        if (earlier) return { replayOf: earlier.id };
      }
      return { attempt: await this.payments.newAttempt(order, idempotencyKey), order };
    });
    if ('replayOf' in started) return { paymentUrl: await this.payments.pageOf(started.replayOf) };
    return { paymentUrl: await this.payments.register(started.attempt, started.order, candidate) };
  }
}
