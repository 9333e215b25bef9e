import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomBytes } from 'node:crypto';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Clock, newId } from '../../../../shared/domain';
import { Order, OrderRepository } from '../../../domain/order';
import {
  NotACandidateError,
  OrderNotFoundError,
  PaymentUnavailableError,
} from '../../../domain/ordering.errors';
import { PaymentAttempt, PaymentAttemptRepository } from '../../../domain/payment-attempt';
import { CandidateDirectory } from '../../ports/candidate-directory';
import { PaymentGateway, PaymentRegistration } from '../../ports/payment-gateway';
import { StartPayment } from './start-payment.command';

const REPLAY_POLL_MS = 100;

type Started = { replayOf: string } | { attemptId: string; reference: string; order: Order };

/**
 * The registration call leaves the process, so it runs between two short transactions rather than
 * inside one: the attempt is recorded first (its reference is then taken), the provider is called, and
 * the answer (the security key) is stored.
 */
@CommandHandler(StartPayment)
export class StartPaymentHandler implements ICommandHandler<StartPayment> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly orders: OrderRepository,
    private readonly attempts: PaymentAttemptRepository,
    private readonly directory: CandidateDirectory,
    private readonly gateway: PaymentGateway,
    private readonly clock: Clock,
  ) {}

  async execute({ accountId, orderId, idempotencyKey }: StartPayment): Promise<{ paymentUrl: string }> {
    const candidate = await this.directory.candidate(accountId);
    if (!candidate) throw new NotACandidateError();
    const started = await this.uow.run<Started>(async () => {
      const found = await this.orders.findOwned(accountId, orderId);
      if (!found) throw new OrderNotFoundError();
      if (idempotencyKey) {
        // Replays of one checkout queue here; the first records its attempt, the others find it.
        await this.attempts.lockOrder(found.id);
        const earlier = await this.attempts.findByIdempotencyKey(found.id, idempotencyKey);
        if (earlier) return { replayOf: earlier.id };
      }
      found.assertPayable();
      const attempt = new PaymentAttempt(
        newId(),
        found.id,
        `VERI-${found.number}-${randomBytes(5).toString('hex').toUpperCase()}`,
        found.totalPence,
        this.clock.now(),
        idempotencyKey,
      );
      this.attempts.add(attempt);
      return { attemptId: attempt.id, reference: attempt.reference, order: found };
    });
    if ('replayOf' in started) return this.answerOf(started.replayOf);
    const { attemptId, reference, order } = started;

    let registration: PaymentRegistration;
    try {
      registration = await this.gateway.register({
        reference,
        amountPence: order.totalPence,
        description: `Order ${order.number}: ${order.itemCount()} printed document${order.itemCount() === 1 ? '' : 's'}`,
        customer: { firstName: candidate.firstName, surname: candidate.surname, email: order.email },
        billingAddress: order.billingAddress,
        deliveryAddress: order.deliveryAddress,
      });
    } catch (error) {
      await this.uow.run(async () =>
        (await this.attempts.findById(attemptId))?.registrationFailed(
          error instanceof Error ? error.message : String(error),
        ),
      );
      throw error instanceof PaymentUnavailableError ? error : new PaymentUnavailableError();
    }
    await this.uow.run(async () => {
      const attempt = await this.attempts.findById(attemptId);
      attempt?.registered(
        registration.providerTransactionId,
        registration.securityKey,
        registration.paymentPageUrl,
      );
    });
    return { paymentUrl: registration.paymentPageUrl };
  }

  /**
   * The first request's answer. It may still be registering (the replays came at once): the provider's
   * answer is awaited for as long as the first request itself would wait, without holding a lock.
   */
  private async answerOf(attemptId: string): Promise<{ paymentUrl: string }> {
    const looks = Math.ceil(this.gateway.registrationTimeoutMs / REPLAY_POLL_MS) + 1;
    for (let look = 1; ; look++) {
      const attempt = await this.attempts.findById(attemptId);
      if (attempt?.paymentPageUrl) return { paymentUrl: attempt.paymentPageUrl };
      // Failed, or left registering by a process that stopped: POST /me/orders/{id}/payment starts anew.
      if (!attempt?.isRegistering() || look >= looks) throw new PaymentUnavailableError();
      await new Promise((resolve) => setTimeout(resolve, REPLAY_POLL_MS));
    }
  }
}
