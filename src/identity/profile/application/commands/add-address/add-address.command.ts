import { Command } from '@nestjs/cqrs';
import { AddressInput } from '../../../../domain/address';
import { AddressView } from '../../views/address-view';

/** Adds an address to the account's book (the first one becomes the default). */
export class AddAddress extends Command<AddressView> {
  constructor(
    readonly accountId: string,
    readonly input: AddressInput & { isDefault?: boolean },
  ) {
    super();
  }
}
