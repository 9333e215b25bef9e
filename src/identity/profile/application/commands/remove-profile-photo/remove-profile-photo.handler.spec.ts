import { clockAt, InMemoryFileStorage, RecordingUnitOfWork } from '../../../../../shared/application/testing';
import { AccountNotFoundError } from '../../../../domain/identity.errors';
import { anActiveCandidate, InMemoryAccounts } from '../../../../application/testing/in-memory-identity';
import { RemoveProfilePhoto } from './remove-profile-photo.command';
import { RemoveProfilePhotoHandler } from './remove-profile-photo.handler';

describe('RemoveProfilePhotoHandler', () => {
  const setUp = () => {
    const accounts = new InMemoryAccounts();
    const storage = new InMemoryFileStorage();
    const handler = new RemoveProfilePhotoHandler(
      new RecordingUnitOfWork(accounts),
      accounts,
      storage,
      clockAt(),
    );
    return { accounts, storage, handler };
  };

  it('forgets the photo and deletes its file', async () => {
    const { accounts, storage, handler } = setUp();
    const candidate = anActiveCandidate();
    candidate.setPhoto('identity/photos/me.webp', new Date('2026-11-01T09:00:00Z'));
    accounts.has(candidate);
    await storage.put('identity/photos/me.webp', Buffer.from('photo'), 'image/webp');

    await handler.execute(new RemoveProfilePhoto(candidate.id));

    expect(candidate.photoKey).toBeNull();
    expect(storage.files.size).toBe(0);
  });

  it('does nothing without a photo, and refuses an unknown account', async () => {
    const { accounts, handler } = setUp();
    const candidate = anActiveCandidate();
    accounts.has(candidate);
    const before = candidate.updatedAt;

    await handler.execute(new RemoveProfilePhoto(candidate.id));

    expect(candidate.updatedAt).toBe(before);
    await expect(handler.execute(new RemoveProfilePhoto('nobody'))).rejects.toBeInstanceOf(
      AccountNotFoundError,
    );
  });
});
