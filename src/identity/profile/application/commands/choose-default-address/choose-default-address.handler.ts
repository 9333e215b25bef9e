import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../../shared/application/unit-of-work';
import { Clock } from '../../../../../shared/domain';
import { AddressRepository } from '../../../../domain/address.repository';
import { ChooseDefaultAddress } from './choose-default-address.command';

@CommandHandler(ChooseDefaultAddress)
export class ChooseDefaultAddressHandler implements ICommandHandler<ChooseDefaultAddress> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly addresses: AddressRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ accountId, addressId }: ChooseDefaultAddress): Promise<void> {
    await this.uow.run(async () => {
      const book = await this.addresses.bookOf(accountId);
      book.chooseDefault(addressId, this.clock.now());
      await this.addresses.save(book);
    });
  }
}
