import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  LockoutPolicy,
  LoginAttemptRepository,
  LoginAttemptState,
  loginAttemptStateAt,
} from '../../../domain/login-lockout';

/** Failures far apart (a typo a week) are not an attack: the count starts again after a quiet day. */
const QUIET_PERIOD = "interval '24 hours'";

@Injectable()
export class SqlLoginAttemptRepository extends LoginAttemptRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async state(key: string, now: Date): Promise<LoginAttemptState> {
    const rows = await this.em
      .getConnection()
      .execute<Array<{ locked_until: Date | null }>>(
        'SELECT locked_until FROM identity_login_attempts WHERE key = ?',
        [key],
      );
    const stored = rows[0] ? { lockedUntil: rows[0].locked_until && new Date(rows[0].locked_until) } : null;
    return loginAttemptStateAt(stored, now);
  }

  async recordFailure(key: string, now: Date, policy: LockoutPolicy): Promise<{ lockedUntil: Date | null }> {
    // One atomic statement, so concurrent guesses are all counted.
    const [{ consecutive_failures: failures }] = await this.em.execute<
      Array<{ consecutive_failures: number }>
    >(
      `INSERT INTO identity_login_attempts AS a (key, consecutive_failures, locked_until, last_failure_at) VALUES (?, 1, NULL, ?)
       ON CONFLICT (key) DO UPDATE SET
         consecutive_failures = CASE WHEN a.last_failure_at < EXCLUDED.last_failure_at - ${QUIET_PERIOD} THEN 1 ELSE a.consecutive_failures + 1 END,
         last_failure_at = EXCLUDED.last_failure_at
       RETURNING consecutive_failures`,
      [key, now],
    );
    if (failures < policy.maxConsecutiveFailures) return { lockedUntil: null };
    const lockedUntil = new Date(now.getTime() + policy.lockMinutes * 60_000);
    // Locking starts the count again: after the lock, another full series of attempts is allowed.
    await this.em.execute(
      'UPDATE identity_login_attempts SET locked_until = ?, consecutive_failures = 0 WHERE key = ?',
      [lockedUntil, key],
    );
    return { lockedUntil };
  }

  async clear(key: string): Promise<void> {
    await this.em.execute('DELETE FROM identity_login_attempts WHERE key = ?', [key]);
  }
}
