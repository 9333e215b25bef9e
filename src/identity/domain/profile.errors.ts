import { DomainError, InvalidInputError, NotFoundError } from '../../shared/domain';

// Refusals of the profile: the photo and the address book.

export class PhotoTooLargeError extends DomainError {
  constructor(limitBytes: number) {
    super(
      'IDENTITY.PHOTO_TOO_LARGE',
      `The photo must be ${Math.round(limitBytes / (1024 * 1024))} MB or smaller.`,
      'too_large',
      [
        {
          field: 'photo',
          message: `Choose a photo of ${Math.round(limitBytes / (1024 * 1024))} MB or smaller`,
        },
      ],
    );
  }
}

/** Anything that is not really a JPEG, PNG or WebP picture, whatever its name or declared type says. */
export class UnsupportedPhotoError extends DomainError {
  constructor() {
    super(
      'IDENTITY.PHOTO_UNSUPPORTED',
      'The photo must be a JPEG, PNG or WebP picture.',
      'unsupported_media',
      [{ field: 'photo', message: 'Choose a JPEG, PNG or WebP picture' }],
    );
  }
}

export class PhotoMissingError extends InvalidInputError {
  constructor() {
    super('IDENTITY.PHOTO_MISSING', 'Choose a photo to upload (the form field is called "photo").', [
      { field: 'photo', message: 'Choose a photo to upload' },
    ]);
  }
}

export class InvalidAddressError extends InvalidInputError {
  constructor(details: ReadonlyArray<{ field: string; message: string }>) {
    super('IDENTITY.INVALID_ADDRESS', 'Some parts of the address are not valid.', details);
  }
}

export class AddressNotFoundError extends NotFoundError {
  constructor() {
    super('IDENTITY.ADDRESS_NOT_FOUND', 'We could not find that address in your address book.');
  }
}

export class AddressBookFullError extends DomainError {
  constructor(limit: number) {
    super(
      'IDENTITY.ADDRESS_BOOK_FULL',
      `Your address book already holds ${limit} addresses. Remove one before adding another.`,
      'rule',
    );
  }
}
