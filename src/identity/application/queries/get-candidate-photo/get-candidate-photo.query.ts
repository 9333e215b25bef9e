import { Query } from '@nestjs/cqrs';

export interface CandidatePhoto {
  content: Buffer;
  contentType: string;
  /** Changes whenever the photo does (usable as an ETag). */
  version: string;
}

/**
 * An account's profile photo, or null when it has none. It answers for any account id: the caller
 * decides who may see it (the owner; a third party while Sharing says its connection is active).
 */
export class GetCandidatePhoto extends Query<CandidatePhoto | null> {
  constructor(readonly accountId: string) {
    super();
  }
}

/** Where the owner's photo is served; the version in the query makes a new photo a new URL for caches. */
export function photoUrlOf(photoKey: string): string {
  return `/api/v1/me/photo?v=${photoVersionOf(photoKey)}`;
}

export function photoVersionOf(photoKey: string): string {
  return (photoKey.split('/').pop() ?? photoKey).replace(/\.[a-z]+$/, '');
}
