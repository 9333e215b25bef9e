import { Injectable } from '@nestjs/common';
import sharp from 'sharp';
import { PhotoProcessor, ProcessedPhoto } from '../../application/ports/photo-processor';
import { PhotoFormat } from '../../../domain/photo-format';
import { UnsupportedPhotoError } from '../../../domain/profile.errors';

/** The profile photo's size (the guide's 350 x 350). */
export const PHOTO_SIZE = 350;

/** A decompression bomb (a tiny file of enormous dimensions) is refused before it is decoded. */
const MAX_INPUT_PIXELS = 40_000_000;

/**
 * sharp (libvips) reads the picture, which proves it really is the format its first bytes claim,
 * turns it upright, crops it to a centred square of 350 x 350 and writes a fresh WebP. sharp keeps no
 * metadata unless asked, so EXIF (camera, GPS position), ICC and XMP data are gone.
 */
@Injectable()
export class SharpPhotoProcessor extends PhotoProcessor {
  async normalise(upload: Buffer, format: PhotoFormat): Promise<ProcessedPhoto> {
    try {
      const image = sharp(upload, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', animated: false });
      const metadata = await image.metadata();
      if (metadata.format !== format) throw new UnsupportedPhotoError();
      const content = await image
        .rotate()
        .resize(PHOTO_SIZE, PHOTO_SIZE, { fit: 'cover', position: 'attention' })
        .webp({ quality: 82 })
        .toBuffer();
      return { content, contentType: 'image/webp', extension: 'webp' };
    } catch (error) {
      if (error instanceof UnsupportedPhotoError) throw error;
      // libvips could not read it: a broken or disguised file, not a photo.
      throw new UnsupportedPhotoError();
    }
  }
}
