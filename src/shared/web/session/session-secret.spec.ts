import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../../config/app-config';
import { resolveSessionSecret } from './session-secret';

describe('resolveSessionSecret', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'veri-secret-'));
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('uses SESSION_SECRET when it is configured', () => {
    const secret = 'x'.repeat(40);
    expect(resolveSessionSecret(loadConfig({ SESSION_SECRET: secret, DATA_DIR: dir }))).toBe(secret);
  });

  it('makes one secret outside production and keeps it for the next start', () => {
    const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: dir });
    const first = resolveSessionSecret(config);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(resolveSessionSecret(config)).toBe(first);
    expect(readFileSync(join(dir, 'session-secret'), 'utf8')).toBe(first);
  });
});
