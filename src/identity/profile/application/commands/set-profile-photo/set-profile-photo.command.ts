import { Command } from '@nestjs/cqrs';

/** Photos larger than this are refused before they are decoded. */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;

/** Replaces the account's profile photo with an uploaded JPEG, PNG or WebP picture (re-encoded). */
export class SetProfilePhoto extends Command<{ photoUrl: string }> {
  constructor(
    readonly accountId: string,
    readonly upload: Buffer,
  ) {
    super();
  }
}
