import { Command } from '@nestjs/cqrs';

/** Removes an address from the account's book; removing the default makes the oldest remaining one the default. */
export class RemoveAddress extends Command<void> {
  constructor(
    readonly accountId: string,
    readonly addressId: string,
  ) {
    super();
  }
}
