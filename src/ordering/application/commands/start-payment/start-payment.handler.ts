import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomBytes } from 'node:crypto';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Clock, newId } from '../../../../shared/domain';
import { OrderRepository } from '../../../domain/order';
import {
  NotACandidateError,
  OrderNotFoundError,
  PaymentUnavailableError,
} from '../../../domain/ordering.errors';
import { PaymentAttempt, PaymentAttemptRepository } from '../../../domain/payment-attempt';
import { CandidateDirectory } from '../../ports/candidate-directory';
import { PaymentGateway, PaymentRegistration } from '../../ports/payment-gateway';
import { StartPayment } from './start-payment.command';

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

  async execute({ accountId, orderId }: StartPayment): Promise<{ paymentUrl: string }> {
    const candidate = await this.directory.candidate(accountId);
    if (!candidate) throw new NotACandidateError();
    const { attemptId, reference, order } = await this.uow.run(async () => {
      const found = await this.orders.findOwned(accountId, orderId);
      if (!found) throw new OrderNotFoundError();
      found.assertPayable();
      const attempt = new PaymentAttempt(
        newId(),
        found.id,
        `VERI-${found.number}-${randomBytes(5).toString('hex').toUpperCase()}`,
        found.totalPence,
        this.clock.now(),
      );
      this.attempts.add(attempt);
      return { attemptId: attempt.id, reference: attempt.reference, order: found };
    });

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
}
