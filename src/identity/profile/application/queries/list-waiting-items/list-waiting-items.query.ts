import { Query } from '@nestjs/cqrs';
import { WaitingItem } from '../../ports/waiting-items';

/** What waits for the candidate (requests to review, orders to pay, replies, connections ending soon). */
export class ListWaitingItems extends Query<WaitingItem[]> {
  constructor(
    readonly accountId: string,
    readonly candidateNumber: string | null,
  ) {
    super();
  }
}
