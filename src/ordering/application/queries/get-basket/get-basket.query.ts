import { Query } from '@nestjs/cqrs';
import { BasketView } from '../../views/ordering-views';

/** The candidate's basket at today's prices; with a delivery option, its price is in the figures. */
export class GetBasket extends Query<BasketView> {
  constructor(
    readonly accountId: string,
    readonly deliveryOption?: string,
  ) {
    super();
  }
}
