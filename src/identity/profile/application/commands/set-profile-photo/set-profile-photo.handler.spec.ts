import { FileStorage } from '../../../../../shared/application/file-storage';
import { UnitOfWork } from '../../../../../shared/application/unit-of-work';
import { FixedClock } from '../../../../../shared/domain';
import { Account } from '../../../../domain/account';
import { AccountRepository } from '../../../../domain/account.repository';
import { PhotoTooLargeError, UnsupportedPhotoError } from '../../../../domain/profile.errors';
import { PhotoProcessor, ProcessedPhoto } from '../../ports/photo-processor';
import { PHOTO_MAX_BYTES, SetProfilePhoto } from './set-profile-photo.command';
import { SetProfilePhotoHandler } from './set-profile-photo.handler';

// The order of things around the photo file: stored before the account points at it, the old one
// removed only after the commit, the new one removed again when the commit fails.

const now = new Date('2026-11-29T10:00:00Z');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);

class MemoryStorage extends FileStorage {
  readonly files = new Map<string, Buffer>();
  async put(key: string, bytes: Buffer): Promise<void> {
    this.files.set(key, bytes);
  }
  async get(key: string): Promise<Buffer | undefined> {
    return this.files.get(key);
  }
  async delete(key: string): Promise<void> {
    this.files.delete(key);
  }
}

class Processor extends PhotoProcessor {
  calls = 0;
  async normalise(): Promise<ProcessedPhoto> {
    this.calls += 1;
    return { content: Buffer.from('webp'), contentType: 'image/webp', extension: 'webp' };
  }
}

function setUp(options: { failCommit?: boolean } = {}) {
  const account = Account.registerThirdParty({
    id: '7b0e4a52-1a53-4a4e-9b7e-6c1f4d1f2a10',
    email: 'a@example.test',
    passwordHash: 'h',
    details: { firstName: 'A', surname: 'B' },
    company: 'C',
    now,
  });
  const accounts = { byId: async () => account, save: async () => undefined } as unknown as AccountRepository;
  const uow = {
    run: async <T>(work: () => Promise<T>) => {
      const result = await work();
      if (options.failCommit) throw new Error('the database went away');
      return result;
    },
  } as UnitOfWork;
  const storage = new MemoryStorage();
  const processor = new Processor();
  const handler = new SetProfilePhotoHandler(uow, accounts, processor, storage, new FixedClock(now));
  return { account, storage, processor, handler };
}

describe('SetProfilePhotoHandler', () => {
  it('stores the re-encoded photo under a new key and removes the previous file', async () => {
    const { account, storage, handler } = setUp();
    const first = await handler.execute(new SetProfilePhoto(account.id, JPEG));
    const firstKey = account.photoKey!;
    expect(firstKey).toMatch(new RegExp(`^identity/photos/${account.id}/[0-9a-f-]+\\.webp$`));
    expect(first.photoUrl).toMatch(/^\/api\/v1\/me\/photo\?v=[0-9a-f-]+$/);
    await handler.execute(new SetProfilePhoto(account.id, JPEG));
    expect(account.photoKey).not.toBe(firstKey);
    expect([...storage.files.keys()]).toEqual([account.photoKey]);
  });

  it('removes the new file again when the change cannot be committed (the old photo stays)', async () => {
    const { account, storage, handler } = setUp({ failCommit: true });
    account.setPhoto('identity/photos/old.webp', new Date());
    storage.files.set('identity/photos/old.webp', Buffer.from('old'));
    await expect(handler.execute(new SetProfilePhoto(account.id, JPEG))).rejects.toThrow(
      'the database went away',
    );
    expect([...storage.files.keys()]).toEqual(['identity/photos/old.webp']);
  });

  it('refuses too large and unrecognised uploads before decoding them', async () => {
    const { account, processor, handler } = setUp();
    await expect(
      handler.execute(new SetProfilePhoto(account.id, Buffer.concat([JPEG, Buffer.alloc(PHOTO_MAX_BYTES)]))),
    ).rejects.toBeInstanceOf(PhotoTooLargeError);
    await expect(
      handler.execute(new SetProfilePhoto(account.id, Buffer.from('<svg/>'))),
    ).rejects.toBeInstanceOf(UnsupportedPhotoError);
    expect(processor.calls).toBe(0);
  });
});
