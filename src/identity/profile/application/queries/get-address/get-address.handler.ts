import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AddressRepository } from '../../../../domain/address.repository';
import { addressView } from '../../views/address-view';
import { AddressView } from '../../views/address-view';
import { GetAddress } from './get-address.query';

@QueryHandler(GetAddress)
export class GetAddressHandler implements IQueryHandler<GetAddress> {
  constructor(private readonly addresses: AddressRepository) {}

  async execute({ accountId, addressId }: GetAddress): Promise<AddressView | null> {
    // Looked up within the owner's book: another account's address is simply not there.
    const found = (await this.addresses.listFor(accountId)).find((address) => address.id === addressId);
    return found ? addressView(found) : null;
  }
}
