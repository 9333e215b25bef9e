import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AddressBook } from '../../../../domain/address-book';
import { AddressRepository } from '../../../../domain/address.repository';
import { addressView } from '../../views/address-view';
import { ListAddresses } from './list-addresses.query';
import { AddressView } from '../../views/address-view';

@QueryHandler(ListAddresses)
export class ListAddressesHandler implements IQueryHandler<ListAddresses> {
  constructor(private readonly addresses: AddressRepository) {}

  async execute({ accountId }: ListAddresses): Promise<AddressView[]> {
    const book = new AddressBook(accountId, await this.addresses.listFor(accountId));
    return book.list().map(addressView);
  }
}
