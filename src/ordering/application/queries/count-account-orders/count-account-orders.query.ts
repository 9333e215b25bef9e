import { Query } from '@nestjs/cqrs';

/** How many orders (not cancelled) an account has, and how many proof of qualification letters they hold. */
export class CountAccountOrders extends Query<{ orders: number; letters: number }> {
  constructor(readonly accountId: string) {
    super();
  }
}
