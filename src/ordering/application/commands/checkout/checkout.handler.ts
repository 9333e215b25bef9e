import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Outbox } from '../../../../shared/application/outbox';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Clock, newId } from '../../../../shared/domain';
import { BasketRepository, ReprintClaims } from '../../../domain/basket';
import { CatalogueRepository } from '../../../domain/catalogue';
import { Order, OrderRepository } from '../../../domain/order';
import {
  BasketEmptyError,
  NotACandidateError,
  PaymentUnavailableError,
  UnknownDeliveryOptionError,
} from '../../../domain/ordering.errors';
import { PaymentAttempt, PaymentAttemptRepository } from '../../../domain/payment-attempt';
import { CandidateDirectory, OrderingCandidate } from '../../ports/candidate-directory';
import { OrderingSettings } from '../../ports/ordering-settings';
import { CANCEL_UNPAID_ORDER_TOPIC } from '../../services/job-topics';
import { PaymentRegistrar } from '../../services/payment-registrar';
import { CheckedOut, Checkout } from './checkout.command';
import { resolveAddress } from '../../services/resolve-address';

/** What the transaction decided: a payment to register now, one another request started, or none. */
type Placed = { order: Order; replayed: boolean } & (
  { register: PaymentAttempt } | { pageOf: string } | { noPayment: true }
);

/**
 * The one checkout of the API and the pages. Placing the order and recording its payment attempt share
 * one transaction (serialised per account, so a replay finds what the first request wrote); the provider
 * is called after it commits, and its answer is written in one statement.
 */
@CommandHandler(Checkout)
export class CheckoutHandler implements ICommandHandler<Checkout> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly baskets: BasketRepository,
    private readonly claims: ReprintClaims,
    private readonly catalogue: CatalogueRepository,
    private readonly orders: OrderRepository,
    private readonly attempts: PaymentAttemptRepository,
    private readonly directory: CandidateDirectory,
    private readonly payments: PaymentRegistrar,
    private readonly outbox: Outbox,
    private readonly settings: OrderingSettings,
    private readonly clock: Clock,
  ) {}

  async execute(command: Checkout): Promise<CheckedOut> {
    const candidate = await this.directory.candidate(command.accountId);
    if (!candidate) throw new NotACandidateError();
    const placed = await this.uow.run(async () => {
      // Serialises checkouts of this account, so a double submit finds the order the first one placed.
      await this.baskets.lock(command.accountId);
      return (await this.replay(command)) ?? this.place(command, candidate);
    });
    const { order, replayed } = placed;
    const answer = {
      orderId: order.id,
      number: order.number,
      status: order.status,
      totalPence: order.totalPence,
      replayed,
    };
    try {
      if ('register' in placed)
        return { ...answer, paymentUrl: await this.payments.register(placed.register, order, candidate) };
      if ('pageOf' in placed) return { ...answer, paymentUrl: await this.payments.pageOf(placed.pageOf) };
    } catch (error) {
      // The order stands; "pay again" (POST /me/orders/{id}/payment) starts a new attempt.
      if (!(error instanceof PaymentUnavailableError)) throw error;
    }
    return { ...answer, paymentUrl: null };
  }

  /** The order an earlier request with this key placed, and its payment. A repeat may come without the form's data. */
  private async replay({ accountId, idempotencyKey }: Checkout): Promise<Placed | null> {
    if (!idempotencyKey) return null;
    const order = await this.orders.findByIdempotencyKey(accountId, idempotencyKey);
    if (!order) return null;
    if (!order.isPayable()) return { order, replayed: true, noPayment: true };
    const attempt = await this.attempts.findByIdempotencyKey(order.id, idempotencyKey);
    if (attempt) return { order, replayed: true, pageOf: attempt.id };
    return { order, replayed: true, register: await this.payments.newAttempt(order, idempotencyKey) };
  }

  private async place(
    { accountId, input, idempotencyKey }: Checkout,
    candidate: OrderingCandidate,
  ): Promise<Placed> {
    const fullName = `${candidate.firstName} ${candidate.surname}`.trim();
    const needsBook = [input.billingAddress, input.deliveryAddress].some(
      (a) => a && typeof (a as { addressId?: unknown }).addressId === 'string',
    );
    const book = needsBook ? await this.directory.addresses(accountId) : [];
    const billingAddress = resolveAddress(input.billingAddress ?? {}, book, 'billingAddress', fullName);
    const delivery = input.deliveryAddress as Record<string, unknown> | undefined;
    const deliveryAddress =
      !delivery || delivery.sameAsBilling === true
        ? billingAddress
        : resolveAddress(delivery, book, 'deliveryAddress', fullName);

    const basket = await this.baskets.load(accountId, candidate.candidateNumber);
    if (basket.isEmpty) throw new BasketEmptyError();
    const prices = await this.catalogue.priceList(String(input.deliveryOption ?? ''));
    const option = prices.deliveryOption;
    if (!option) throw new UnknownDeliveryOptionError();
    const now = this.clock.now();
    const order = Order.place({
      id: newId(),
      number: await this.orders.nextNumber(),
      accountId,
      candidateNumber: candidate.candidateNumber,
      email: candidate.email,
      items: basket.items,
      products: prices.products,
      billingAddress,
      deliveryAddress,
      deliveryOption: option,
      idempotencyKey,
      now,
    });
    await this.orders.add(order);
    const taken = basket.empty();
    await this.baskets.save(basket);
    await this.claims.transfer(
      taken.map((i) => i.id),
      order.id,
    );
    this.outbox.add({
      topic: CANCEL_UNPAID_ORDER_TOPIC,
      payload: { orderId: order.id },
      notBefore: new Date(now.getTime() + this.settings.unpaidOrderTimeoutMs),
    });
    return { order, replayed: false, register: await this.payments.newAttempt(order, idempotencyKey) };
  }
}
