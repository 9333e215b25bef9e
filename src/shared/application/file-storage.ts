/**
 * Files kept outside the database (rendered PDFs, profile photos), behind a port so that several web
 * processes can share one store (a shared folder today, an object store tomorrow). Keys are
 * slash-separated paths of plain segments chosen by the code, never by a user.
 */
export abstract class FileStorage {
  abstract put(key: string, bytes: Buffer, contentType: string): Promise<void>;

  /** The file's bytes, or undefined when there is none under that key. */
  abstract get(key: string): Promise<Buffer | undefined>;

  /** Removing a key that holds nothing is not an error. */
  abstract delete(key: string): Promise<void>;
}

/** Letters, digits, dot, dash and underscore in each segment: no "..", no absolute paths. */
const KEY = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;

export function assertStorageKey(key: string): void {
  if (!KEY.test(key) || key.split('/').some((segment) => segment === '..' || segment === '.')) {
    throw new Error(`Not a valid storage key: ${JSON.stringify(key)}`);
  }
}
