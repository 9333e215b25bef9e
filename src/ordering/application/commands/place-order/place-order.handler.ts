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
  UnknownDeliveryOptionError,
} from '../../../domain/ordering.errors';
import { CandidateDirectory } from '../../ports/candidate-directory';
import { OrderingSettings } from '../../ports/ordering-settings';
import { CANCEL_UNPAID_ORDER_TOPIC } from '../../services/job-topics';
import { PlacedOrder, PlaceOrder } from './place-order.command';
import { resolveAddress } from './resolve-address';

@CommandHandler(PlaceOrder)
export class PlaceOrderHandler implements ICommandHandler<PlaceOrder> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly baskets: BasketRepository,
    private readonly claims: ReprintClaims,
    private readonly catalogue: CatalogueRepository,
    private readonly orders: OrderRepository,
    private readonly directory: CandidateDirectory,
    private readonly outbox: Outbox,
    private readonly settings: OrderingSettings,
    private readonly clock: Clock,
  ) {}

  async execute({ accountId, input, idempotencyKey }: PlaceOrder): Promise<PlacedOrder> {
    const candidate = await this.directory.candidate(accountId);
    if (!candidate) throw new NotACandidateError();
    if (idempotencyKey) {
      // A repeat of a submitted checkout may come without the form's data (the page's state is spent).
      const earlier = await this.orders.findByIdempotencyKey(accountId, idempotencyKey);
      if (earlier)
        return {
          orderId: earlier.id,
          number: earlier.number,
          status: earlier.status,
          totalPence: earlier.totalPence,
          replayed: true,
        };
    }
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

    return this.uow.run(async () => {
      // Serialises checkouts of this account, so a double submit finds the order the first one placed.
      await this.baskets.lock(accountId);
      if (idempotencyKey) {
        const earlier = await this.orders.findByIdempotencyKey(accountId, idempotencyKey);
        if (earlier)
          return {
            orderId: earlier.id,
            number: earlier.number,
            status: earlier.status,
            totalPence: earlier.totalPence,
            replayed: true,
          };
      }
      const basket = await this.baskets.load(accountId, candidate.candidateNumber);
      if (basket.isEmpty) throw new BasketEmptyError();
      const option = await this.catalogue.deliveryOption(String(input.deliveryOption ?? ''));
      if (!option) throw new UnknownDeliveryOptionError();
      const now = this.clock.now();
      const order = Order.place({
        id: newId(),
        number: await this.orders.nextNumber(),
        accountId,
        candidateNumber: candidate.candidateNumber,
        email: candidate.email,
        items: basket.items,
        products: await this.catalogue.products(),
        billingAddress,
        deliveryAddress,
        deliveryOption: option,
        idempotencyKey,
        now,
      });
      this.orders.add(order);
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
      return {
        orderId: order.id,
        number: order.number,
        status: order.status,
        totalPence: order.totalPence,
        replayed: false,
      };
    });
  }
}
