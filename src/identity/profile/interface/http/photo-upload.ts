import { Throttle } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import multer from 'multer';
import { DomainError, InvalidInputError } from '../../../../shared/domain';
import { PHOTO_MAX_BYTES } from '../../application/commands/set-profile-photo/set-profile-photo.command';
import { PhotoTooLargeError } from '../../../domain/profile.errors';

// The multipart field `photo`, read into memory. multer stops reading at the size limit, so a huge
// upload never fills the memory; the content itself is judged by SetProfilePhoto.
const readPhoto = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: PHOTO_MAX_BYTES, files: 1, fields: 10, parts: 12 },
}).single('photo');

/** Decoding and re-encoding a picture costs real CPU: a person changes a photo a few times, not hundreds. */
export const PhotoUploadThrottle = () => Throttle({ default: { limit: 30, ttl: 60_000 } });

/**
 * The uploaded photo's bytes (empty when no file was chosen). Read here rather than by an interceptor
 * so that the page can show multer's refusals in its error summary, and the API gives them our codes:
 * too large 413, not a multipart form 415, another file field 400.
 */
export async function readPhotoUpload(req: Request, res: Response): Promise<Buffer> {
  if (!req.is('multipart/form-data')) {
    throw new DomainError(
      'IDENTITY.PHOTO_NOT_MULTIPART',
      'Send the photo as multipart/form-data in the field "photo".',
      'unsupported_media',
      [{ field: 'photo', message: 'Send the photo as a multipart form' }],
    );
  }
  await new Promise<void>((resolve, reject) => {
    readPhoto(req, res, (error?: unknown) => (error ? reject(translate(error)) : resolve()));
  });
  return (req as Request & { file?: { buffer: Buffer } }).file?.buffer ?? Buffer.alloc(0);
}

function translate(error: unknown): unknown {
  if (!(error instanceof multer.MulterError)) {
    // busboy's "Unexpected end of form" and other unreadable bodies are the client's.
    return new InvalidInputError(
      'IDENTITY.PHOTO_UNREADABLE',
      'The upload could not be read. Please try again.',
      [{ field: 'photo', message: 'The upload could not be read' }],
    );
  }
  if (error.code === 'LIMIT_FILE_SIZE') return new PhotoTooLargeError(PHOTO_MAX_BYTES);
  if (error.code === 'LIMIT_UNEXPECTED_FILE') {
    return new InvalidInputError('IDENTITY.PHOTO_UNEXPECTED_FIELD', 'Send one file, in the field "photo".', [
      { field: error.field ?? 'photo', message: 'Unknown field: send one file, in the field "photo"' },
    ]);
  }
  return new InvalidInputError(
    'IDENTITY.PHOTO_UNREADABLE',
    'The upload has too many parts. Send one file, in the field "photo".',
    [{ field: 'photo', message: 'Send one file, in the field "photo"' }],
  );
}
