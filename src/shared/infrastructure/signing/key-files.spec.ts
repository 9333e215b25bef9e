import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keepOrCreate } from './key-files';

describe('keepOrCreate', () => {
  let root: string;
  beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'veri-keys-'))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const modeOf = (path: string) => statSync(path).mode & 0o777;

  it('makes the key once and keeps it', () => {
    const path = join(root, 'data', 'keys', 'document-signing.p12');
    const first = keepOrCreate(path, () => Buffer.from('first'));
    const second = keepOrCreate(path, () => Buffer.from('second'));
    expect(first.toString()).toBe('first');
    expect(second.toString()).toBe('first');
    expect(readFileSync(path, 'utf8')).toBe('first');
    expect(modeOf(path)).toBe(0o600);
  });

  it('keeps the key folder private without making the data directory above it private', () => {
    // The embedded PostgreSQL runs as a user of its own and needs to reach data/postgres.
    keepOrCreate(join(root, 'data', 'keys', 'credential-signing.json'), () => Buffer.from('{}'));
    expect(modeOf(join(root, 'data', 'keys'))).toBe(0o700);
    mkdirSync(join(root, 'made-as-usual'));
    expect(modeOf(join(root, 'data'))).toBe(modeOf(join(root, 'made-as-usual')));
  });
});
