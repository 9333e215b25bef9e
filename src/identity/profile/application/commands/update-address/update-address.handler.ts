import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../../shared/application/unit-of-work';
import { Clock } from '../../../../../shared/domain';
import { checkAddress } from '../../../../domain/address';
import { AddressRepository } from '../../../../domain/address.repository';
import { addressView } from '../../views/address-view';
import { AddressView } from '../../views/address-view';
import { UpdateAddress } from './update-address.command';

@CommandHandler(UpdateAddress)
export class UpdateAddressHandler implements ICommandHandler<UpdateAddress> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly addresses: AddressRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ accountId, addressId, input }: UpdateAddress): Promise<AddressView> {
    return this.uow.run(async () => {
      const book = await this.addresses.bookOf(accountId);
      book.get(addressId); // someone else's (or no) address is "not found" before its input is judged
      const address = book.edit(addressId, checkAddress(input), input.isDefault, this.clock.now());
      await this.addresses.save(book);
      return addressView(address);
    });
  }
}
