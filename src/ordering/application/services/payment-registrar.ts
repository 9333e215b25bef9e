import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Clock, newId } from '../../../shared/domain';
import { Order } from '../../domain/order';
import { PaymentUnavailableError } from '../../domain/ordering.errors';
import { PaymentAttempt, PaymentAttemptRepository } from '../../domain/payment-attempt';
import { OrderingCandidate } from '../ports/candidate-directory';
import { PaymentGateway, PaymentRegistration } from '../ports/payment-gateway';

const REPLAY_POLL_MS = 100;

/**
 * Starting a payment, shared by the checkout and a later "pay again". The attempt is recorded inside the
 * caller's transaction (its reference is then taken); the provider is called after that transaction, so
 * no connection or lock waits on the network; its answer is then written in one statement.
 */
@Injectable()
export class PaymentRegistrar {
  constructor(
    private readonly attempts: PaymentAttemptRepository,
    private readonly gateway: PaymentGateway,
    private readonly clock: Clock,
  ) {}

  /** A new attempt for the order's total, written in the caller's transaction. */
  async newAttempt(order: Order, idempotencyKey: string | null): Promise<PaymentAttempt> {
    order.assertPayable();
    const attempt = new PaymentAttempt(
      newId(),
      order.id,
      `VERI-${order.number}-${randomBytes(5).toString('hex').toUpperCase()}`,
      order.totalPence,
      this.clock.now(),
      idempotencyKey,
    );
    await this.attempts.add(attempt);
    return attempt;
  }

  /** Registers a committed attempt with the provider; answers its payment page. */
  async register(attempt: PaymentAttempt, order: Order, candidate: OrderingCandidate): Promise<string> {
    let registration: PaymentRegistration;
    try {
      registration = await this.gateway.register({
        reference: attempt.reference,
        amountPence: order.totalPence,
        description: `Order ${order.number}: ${order.itemCount()} printed document${order.itemCount() === 1 ? '' : 's'}`,
        customer: { firstName: candidate.firstName, surname: candidate.surname, email: order.email },
        billingAddress: order.billingAddress,
        deliveryAddress: order.deliveryAddress,
      });
    } catch (error) {
      attempt.registrationFailed(error instanceof Error ? error.message : String(error));
      await this.attempts.saveRegistration(attempt);
      throw error instanceof PaymentUnavailableError ? error : new PaymentUnavailableError();
    }
    attempt.registered(
      registration.providerTransactionId,
      registration.securityKey,
      registration.paymentPageUrl,
    );
    await this.attempts.saveRegistration(attempt);
    return registration.paymentPageUrl;
  }

  /**
   * The payment page of an attempt another request started. It may still be registering (the replays
   * came at once): the provider's answer is awaited for as long as that request itself would wait,
   * without holding a lock.
   */
  async pageOf(attemptId: string): Promise<string> {
    const looks = Math.ceil(this.gateway.registrationTimeoutMs / REPLAY_POLL_MS) + 1;
    for (let look = 1; ; look++) {
      const attempt = await this.attempts.findById(attemptId);
      if (attempt?.paymentPageUrl) return attempt.paymentPageUrl;
      // Failed, or left registering by a process that stopped: POST /me/orders/{id}/payment starts anew.
      if (!attempt?.isRegistering() || look >= looks) throw new PaymentUnavailableError();
      await new Promise((resolve) => setTimeout(resolve, REPLAY_POLL_MS));
    }
  }
}
