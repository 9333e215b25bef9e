import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Where tests put pictures of pages and documents: SCREENSHOTS_DIR if set, else a temporary folder.
 * A test run never writes into the tracked docs/ (copy from here to docs/screenshots on purpose).
 */
export function screenshotsDir(): string {
  const dir = process.env.SCREENSHOTS_DIR ?? join(tmpdir(), 'veri-screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}
