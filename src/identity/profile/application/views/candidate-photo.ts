/** A profile photo as stored, with a version that changes whenever the photo does. */
export interface CandidatePhoto {
  content: Buffer;
  contentType: string;
  /** Changes whenever the photo does (usable as an ETag). */
  version: string;
}

/** Where the owner's photo is served; the version in the query makes a new photo a new URL for caches. */
export function photoUrlOf(photoKey: string): string {
  return `/api/v1/me/photo?v=${photoVersionOf(photoKey)}`;
}

export function photoVersionOf(photoKey: string): string {
  return (photoKey.split('/').pop() ?? photoKey).replace(/\.[a-z]+$/, '');
}
