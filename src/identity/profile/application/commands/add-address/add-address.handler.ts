import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../../shared/application/unit-of-work';
import { Clock, newId } from '../../../../../shared/domain';
import { checkAddress } from '../../../../domain/address';
import { AddressRepository } from '../../../../domain/address.repository';
import { addressView } from '../../views/address-view';
import { AddressView } from '../../views/address-view';
import { AddAddress } from './add-address.command';

@CommandHandler(AddAddress)
export class AddAddressHandler implements ICommandHandler<AddAddress> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly addresses: AddressRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ accountId, input }: AddAddress): Promise<AddressView> {
    const fields = checkAddress(input);
    return this.uow.run(async () => {
      const book = await this.addresses.bookOf(accountId);
      const address = book.add(newId(), fields, input.isDefault === true, this.clock.now());
      await this.addresses.save(book);
      return addressView(address);
    });
  }
}
