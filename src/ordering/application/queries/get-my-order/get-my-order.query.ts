import { Query } from '@nestjs/cqrs';
import { OrderView } from '../../views/ordering-views';

/** One of the candidate's orders; anyone else's is not found. */
export class GetMyOrder extends Query<OrderView> {
  constructor(
    readonly accountId: string,
    readonly orderId: string,
  ) {
    super();
  }
}
