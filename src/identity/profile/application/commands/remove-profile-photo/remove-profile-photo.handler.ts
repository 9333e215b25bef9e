import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { FileStorage } from '../../../../../shared/application/file-storage';
import { UnitOfWork } from '../../../../../shared/application/unit-of-work';
import { Clock } from '../../../../../shared/domain';
import { AccountRepository } from '../../../../domain/account.repository';
import { AccountNotFoundError } from '../../../../domain/identity.errors';
import { RemoveProfilePhoto } from './remove-profile-photo.command';

@CommandHandler(RemoveProfilePhoto)
export class RemoveProfilePhotoHandler implements ICommandHandler<RemoveProfilePhoto> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly accounts: AccountRepository,
    private readonly storage: FileStorage,
    private readonly clock: Clock,
  ) {}

  async execute({ accountId }: RemoveProfilePhoto): Promise<void> {
    const previous = await this.uow.run(async () => {
      const account = await this.accounts.byId(accountId);
      if (!account) throw new AccountNotFoundError();
      const key = account.photoKey;
      if (key) {
        account.setPhoto(null, this.clock.now());
        await this.accounts.save(account);
      }
      return key;
    });
    // The file goes after the commit: until then the account still points at it.
    if (previous) await this.storage.delete(previous);
  }
}
