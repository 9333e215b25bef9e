import { AuditEntry } from '../../../shared/application/audit-log';
import { AccessToken } from '../../domain/access-token';
import { Account } from '../../domain/account';
import { LoginAttemptState } from '../../domain/login-lockout';

/** What a sign-in starts from: the account an address belongs to (if any) and the failures counted for it. */
export interface LoginLookup {
  account: Account | null;
  attempts: LoginAttemptState;
}

/** What a completed sign-in changes. */
export interface CompletedLogin {
  accountId: string;
  at: Date;
  /** The key whose failure count starts again; null when no failures were counted under it. */
  clearAttemptsOf: string | null;
  /** A new hash of the same password, when the hashing parameters have changed since it was set. */
  rehash?: string;
  /** An API login's bearer token. */
  token?: AccessToken;
  audit: AuditEntry[];
}

/**
 * A sign-in's reads and writes, each as one set-based round trip: the account and its failure count read
 * together, then when, the failure count cleared, a new hash, the token, the audit entries written at once.
 * Written outside the Account aggregate (as expiry is, ADR 0006): on results day every statement of a login
 * is a round trip on the main thread while argon2 holds the cores (ADR 0023).
 */
export abstract class LoginLedger {
  /** The account with this (clean) address, or null, and the lock state of `key` at `now`, read at once. */
  abstract lookUp(email: string, key: string, now: Date): Promise<LoginLookup>;

  abstract recordSuccess(login: CompletedLogin): Promise<void>;
}
