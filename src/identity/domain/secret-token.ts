import { createHash, randomBytes } from 'node:crypto';

// Bearer tokens and emailed links carry 32 random bytes; only their SHA-256 is stored, so a copy of the
// database cannot be replayed. A fast hash is right here: the secret is random, not guessable.

export interface SecretToken {
  /** Given to the person once (in a link or an API answer), never stored. */
  token: string;
  hash: string;
}

export function newSecretToken(): SecretToken {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSecretToken(token) };
}

export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
