import { Query } from '@nestjs/cqrs';
import { BasketView } from '../../views/ordering-views';

/** The candidate's basket at today's prices. */
export class GetBasket extends Query<BasketView> {
  constructor(readonly accountId: string) {
    super();
  }
}
