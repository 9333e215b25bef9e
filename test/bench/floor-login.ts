// What every login of the login floor does at the least: read the account by its address, verify the password
// (argon2, the hash the benchmark's accounts carry), and keep the hash of a new bearer token. Two statements, as
// the portal's login makes (SqlLoginLedger: one read, one write), but none of the portal's own work around them:
// no failure count, no lockout, no audit row, no last-login time.
import * as argon2 from 'argon2';
import { randomUUID } from 'node:crypto';
import { newSecretToken } from '../../src/identity/domain/secret-token';
import type { RunStatement } from './floor-list';

const ACCOUNT_SQL = `SELECT id, password_hash FROM identity_accounts WHERE email = $1`;
const TOKEN_SQL = `INSERT INTO identity_access_tokens (id, account_id, token_hash, created_at, expires_at)
  VALUES ($1, $2, $3, $4, $5)`;
const TOKEN_LIFETIME_MS = 60 * 60 * 1000;

export interface FloorToken {
  accessToken: string;
  expiresAt: Date;
}

/** A bearer token for the right password; null for a wrong one or an unknown address. */
export async function logInOnFloor(
  email: string,
  password: string,
  run: RunStatement,
): Promise<FloorToken | null> {
  const [account] = await run(ACCOUNT_SQL, [email]);
  const hash = account?.password_hash;
  if (typeof hash !== 'string' || !(await argon2.verify(hash, password))) return null;
  const { token, hash: tokenHash } = newSecretToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_MS);
  await run(TOKEN_SQL, [randomUUID(), account.id, tokenHash, now, expiresAt]);
  return { accessToken: token, expiresAt };
}
