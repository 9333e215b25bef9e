import { PhotoFormat } from '../../../domain/photo-format';

export interface ProcessedPhoto {
  content: Buffer;
  contentType: string;
  /** The file name extension of the stored picture. */
  extension: string;
}

/**
 * Turns an uploaded picture into the stored profile photo: decoded (which proves it is the picture it
 * claims to be), squared, shrunk and re-encoded without its metadata (no camera, no GPS position).
 */
export abstract class PhotoProcessor {
  /** Throws UnsupportedPhotoError when the bytes do not decode as `format`. */
  abstract normalise(upload: Buffer, format: PhotoFormat): Promise<ProcessedPhoto>;
}
