import { Command } from '@nestjs/cqrs';
import { AddressInput } from '../../../domain/address';
import { AddressView } from '../../queries/list-addresses/list-addresses.query';

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
