import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { decode, encode } from 'base58-universal';
import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface CredentialSigningKey {
  publicKeyMultibase: string;
  secretKeyMultibase: string;
  source: string;
}

// Multicodec prefixes of Ed25519 keys in multibase (base58btc, "z"): 0xed01 public, 0x8026 secret.
const ED25519_PUBLIC = [0xed, 0x01];
const ED25519_SECRET = [0x80, 0x26];

/**
 * The Ed25519 key of open credentials: CREDENTIAL_SIGNING_KEY (a multibase secret key) when given
 * (always in production), otherwise a development key made at first start under DATA_DIR/keys and kept.
 */
export async function credentialSigningKey(options: {
  secretKeyMultibase?: string;
  dataDir: string;
}): Promise<CredentialSigningKey> {
  if (options.secretKeyMultibase) {
    return {
      secretKeyMultibase: options.secretKeyMultibase,
      publicKeyMultibase: publicKeyOf(options.secretKeyMultibase),
      source: 'CREDENTIAL_SIGNING_KEY',
    };
  }
  const path = join(options.dataDir, 'keys', 'credential-signing.json');
  const kept = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  const stored = kept ?? (await createDevelopmentKey(path));
  const { secretKeyMultibase } = JSON.parse(stored) as { secretKeyMultibase: string };
  return {
    secretKeyMultibase,
    publicKeyMultibase: publicKeyOf(secretKeyMultibase),
    source: `${path} (development key)`,
  };
}

/** The secret key's bytes are the 32-byte seed followed by the 32-byte public key. */
function publicKeyOf(secretKeyMultibase: string): string {
  const bytes = decode(secretKeyMultibase.slice(1));
  if (bytes.length !== 66 || bytes[0] !== ED25519_SECRET[0] || bytes[1] !== ED25519_SECRET[1]) {
    throw new Error('CREDENTIAL_SIGNING_KEY is not an Ed25519 secret key in multibase (z...)');
  }
  return `z${encode(Uint8Array.from([...ED25519_PUBLIC, ...bytes.subarray(34)]))}`;
}

/** Written to a temporary file and linked into place: processes starting together agree on one key. */
async function createDevelopmentKey(path: string): Promise<string> {
  const keyPair = await Ed25519Multikey.generate();
  const { secretKeyMultibase } = await keyPair.export({ publicKey: true, secretKey: true });
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temporary, JSON.stringify({ secretKeyMultibase }), { mode: 0o600 });
  try {
    await link(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await rm(temporary, { force: true });
  }
  return readFile(path, 'utf8');
}
