import { createHash } from 'node:crypto';
import { cleanEmail } from './email-address';

/**
 * Lockout policy for password guessing against one account: after `maxConsecutiveFailures` failures in a
 * row the login is refused, right password or not, for `lockMinutes`. It is kept per email address typed,
 * whether or not an account has it, so the lockout itself never reveals which addresses have accounts.
 */
export interface LockoutPolicy {
  maxConsecutiveFailures: number;
  lockMinutes: number;
}

export const DEFAULT_LOCKOUT_POLICY: LockoutPolicy = { maxConsecutiveFailures: 10, lockMinutes: 15 };

/** The key under which attempts are counted: a hash, so the table holds no addresses people mistyped. */
export function loginAttemptKey(email: string): string {
  return createHash('sha256').update(cleanEmail(email), 'utf8').digest('hex');
}

export interface LoginAttemptState {
  /** Failures are counted under the key: a successful login has a count to clear. */
  counted: boolean;
  lockedUntil: Date | null;
}

/** The state of a key from what is stored under it (nothing, when no failure is counted): a past lock is over. */
export function loginAttemptStateAt(
  stored: { lockedUntil: Date | null } | null,
  now: Date,
): LoginAttemptState {
  const lockedUntil = stored?.lockedUntil ?? null;
  return { counted: stored !== null, lockedUntil: lockedUntil && lockedUntil > now ? lockedUntil : null };
}

export abstract class LoginAttemptRepository {
  /** Whether failures are counted under this key, and when its lock ends if it is locked at `now`. */
  abstract state(key: string, now: Date): Promise<LoginAttemptState>;

  /** Counts one more failure atomically; locks the key (and restarts the count) when the policy says so. */
  abstract recordFailure(
    key: string,
    now: Date,
    policy: LockoutPolicy,
  ): Promise<{ lockedUntil: Date | null }>;

  /** A successful login or a password reset starts the count again. */
  abstract clear(key: string): Promise<void>;
}
