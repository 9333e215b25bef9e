import { Command } from '@nestjs/cqrs';

/** Makes one address of the account's book the default (for billing and delivery). */
export class ChooseDefaultAddress extends Command<void> {
  constructor(
    readonly accountId: string,
    readonly addressId: string,
  ) {
    super();
  }
}
