import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { FileStorage } from '../../../../../shared/application/file-storage';
import { UnitOfWork } from '../../../../../shared/application/unit-of-work';
import { Clock, newId } from '../../../../../shared/domain';
import { AccountRepository } from '../../../../domain/account.repository';
import { AccountNotFoundError } from '../../../../domain/identity.errors';
import { photoFormatOf } from '../../../../domain/photo-format';
import {
  PhotoMissingError,
  PhotoTooLargeError,
  UnsupportedPhotoError,
} from '../../../../domain/profile.errors';
import { PhotoProcessor } from '../../ports/photo-processor';
import { photoUrlOf } from '../../views/candidate-photo';
import { PHOTO_MAX_BYTES, SetProfilePhoto } from './set-profile-photo.command';

@CommandHandler(SetProfilePhoto)
export class SetProfilePhotoHandler implements ICommandHandler<SetProfilePhoto> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly accounts: AccountRepository,
    private readonly processor: PhotoProcessor,
    private readonly storage: FileStorage,
    private readonly clock: Clock,
  ) {}

  async execute({ accountId, upload }: SetProfilePhoto): Promise<{ photoUrl: string }> {
    if (!upload || upload.length === 0) throw new PhotoMissingError();
    if (upload.length > PHOTO_MAX_BYTES) throw new PhotoTooLargeError(PHOTO_MAX_BYTES);
    const format = photoFormatOf(upload);
    if (!format) throw new UnsupportedPhotoError();
    // Decoding and encoding take a while: done before the transaction, so no connection waits for it.
    const photo = await this.processor.normalise(upload, format);

    // A new key for every photo: a cached old picture is never mistaken for the new one, and the old
    // file is removed only once the account no longer points at it.
    const key = `identity/photos/${accountId}/${newId()}.${photo.extension}`;
    await this.storage.put(key, photo.content, photo.contentType);
    let previous: string | null = null;
    try {
      await this.uow.run(async () => {
        const account = await this.accounts.byId(accountId);
        if (!account) throw new AccountNotFoundError();
        previous = account.photoKey;
        account.setPhoto(key, this.clock.now());
        await this.accounts.save(account);
      });
    } catch (error) {
      await this.storage.delete(key);
      throw error;
    }
    if (previous) await this.storage.delete(previous);
    return { photoUrl: photoUrlOf(key) };
  }
}
