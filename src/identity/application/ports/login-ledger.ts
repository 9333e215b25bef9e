import { AuditEntry } from '../../../shared/application/audit-log';
import { AccessToken } from '../../domain/access-token';

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
 * Records a completed sign-in at once: when, the failure count cleared, a new hash, the token, the audit
 * entries. Written as one set-based change outside the Account aggregate (as expiry is, ADR 0006): on results
 * day every statement of a login is a round trip on the main thread while argon2 holds the cores (ADR 0023).
 */
export abstract class LoginLedger {
  abstract recordSuccess(login: CompletedLogin): Promise<void>;
}
