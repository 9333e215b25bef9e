import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The development key kept at `path`, made by `create` the first time. Several processes may start at
 * once on one data directory: each writes its own temporary file and links it into place, so exactly
 * one key wins and every process reads that one.
 */
export function keepOrCreate(path: string, create: () => Buffer): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  // Only the key's own folder is private. Made in one recursive call, the data directory above it would be
  // private too, and the embedded PostgreSQL, which runs as a user of its own, could not reach its folder there.
  const folder = dirname(path);
  mkdirSync(dirname(folder), { recursive: true });
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temporary, create(), { mode: 0o600 });
  try {
    linkSync(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
  return readFileSync(path);
}
