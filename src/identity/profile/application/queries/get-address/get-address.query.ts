import { Query } from '@nestjs/cqrs';
import { AddressView } from '../../views/address-view';

/** One address of the account's book, or null when the account has no address with that id. */
export class GetAddress extends Query<AddressView | null> {
  constructor(
    readonly accountId: string,
    readonly addressId: string,
  ) {
    super();
  }
}
