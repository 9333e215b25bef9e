import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../../shared/application/unit-of-work';
import { Clock } from '../../../../../shared/domain';
import { AddressRepository } from '../../../../domain/address.repository';
import { RemoveAddress } from './remove-address.command';

@CommandHandler(RemoveAddress)
export class RemoveAddressHandler implements ICommandHandler<RemoveAddress> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly addresses: AddressRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ accountId, addressId }: RemoveAddress): Promise<void> {
    await this.uow.run(async () => {
      const book = await this.addresses.bookOf(accountId);
      book.remove(addressId, this.clock.now());
      await this.addresses.save(book);
    });
  }
}
