import { Query } from '@nestjs/cqrs';
import { AddressView } from '../../views/address-view';

/** The account's address book, the default address first (empty when there is none). */
export class ListAddresses extends Query<AddressView[]> {
  constructor(readonly accountId: string) {
    super();
  }
}
