import { Command } from '@nestjs/cqrs';
import { AddressInput } from '../../../../domain/address';
import { AddressView } from '../../views/address-view';

/** Replaces an address of the account's book; `isDefault: true` also makes it the default. */
export class UpdateAddress extends Command<AddressView> {
  constructor(
    readonly accountId: string,
    readonly addressId: string,
    readonly input: AddressInput & { isDefault?: boolean },
  ) {
    super();
  }
}
