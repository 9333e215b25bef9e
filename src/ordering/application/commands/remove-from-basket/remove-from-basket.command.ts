import { Command } from '@nestjs/cqrs';

/** Removes items from the candidate's basket (remove selected); the copies may be ordered again. */
export class RemoveFromBasket extends Command<void> {
  constructor(
    readonly accountId: string,
    readonly itemIds: string[],
  ) {
    super();
  }
}
