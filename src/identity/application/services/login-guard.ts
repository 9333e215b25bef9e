import { Inject, Injectable } from '@nestjs/common';
import { AuditEntry, AuditLog, RequestActor } from '../../../shared/application/audit-log';
import { UnitOfWork } from '../../../shared/application/unit-of-work';
import { Clock } from '../../../shared/domain';
import { Account } from '../../domain/account';
import { AccountRepository } from '../../domain/account.repository';
import { InvalidSecondFactorError, TooManyAttemptsError } from '../../domain/identity.errors';
import { LOCKOUT_POLICY } from '../../access/application/services/lockout-policy.token';
import { cleanEmail } from '../../domain/email-address';
import {
  LockoutPolicy,
  LoginAttemptRepository,
  LoginAttemptState,
  loginAttemptKey,
} from '../../domain/login-lockout';
import { SecondFactor } from '../ports/second-factor';
import { LoginLedger } from '../ports/login-ledger';
import type { PreparedAccessToken } from '../../access/application/services/access-token-issuer';

/** The key attempts are counted under, and whether a count was there when the login began. */
export interface LoginAttempts {
  key: string;
  counted: boolean;
}

/** The parts of signing in that both the password step and the second-factor step share. */
@Injectable()
export class LoginGuard {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly accounts: AccountRepository,
    private readonly attempts: LoginAttemptRepository,
    private readonly secondFactor: SecondFactor,
    private readonly ledger: LoginLedger,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    @Inject(LOCKOUT_POLICY) private readonly policy: LockoutPolicy,
  ) {}

  /** Refuses a locked key; what it read tells `succeed` whether there is a failure count to clear. */
  async assertNotLocked(key: string): Promise<LoginAttempts> {
    const now = this.clock.now();
    return refuseLocked(key, await this.attempts.state(key, now), now);
  }

  /**
   * The account an address typed belongs to (or null) with its key's failures, read in one round trip (a
   * password login's only read); refuses a locked key, whether or not the address has an account.
   */
  async lookUp(email: string): Promise<{ account: Account | null; attempts: LoginAttempts }> {
    const key = loginAttemptKey(email);
    const now = this.clock.now();
    const { account, attempts } = await this.ledger.lookUp(cleanEmail(email), key, now);
    return { account, attempts: refuseLocked(key, attempts, now) };
  }

  /** Counts a failure (committed even though the login fails) and records it in the audit trail. */
  async recordFailure(
    key: string,
    accountId: string | null,
    reason: string,
    actor: RequestActor,
  ): Promise<void> {
    await this.uow.run(async () => {
      const { lockedUntil } = await this.attempts.recordFailure(key, this.clock.now(), this.policy);
      this.audit.record({
        actorId: null,
        action: lockedUntil ? 'identity.login-locked' : 'identity.login-failed',
        targetType: accountId ? 'account' : null,
        targetId: accountId,
        ip: actor.ip,
        details: { reason },
      });
    });
  }

  /** Checks a TOTP code and refuses one already used; a wrong code counts as a failed attempt. */
  async checkSecondFactor(account: Account, code: string, key: string, actor: RequestActor): Promise<void> {
    const now = this.clock.now();
    const step = account.totpSecret ? this.secondFactor.verify(account.totpSecret, code, now) : null;
    const accepted =
      step !== null &&
      account.acceptSecondFactorStep(step, now) &&
      // The in-memory check above is not enough when requests race: the database decides once.
      (await this.accounts.claimSecondFactorStep(account.id, step));
    if (!accepted) {
      await this.recordFailure(key, account.id, 'second-factor', actor);
      throw new InvalidSecondFactorError();
    }
  }

  /**
   * A complete sign-in: when, the failure count started again (when there was one: a failure counted after
   * the read above is cleared by the next success or forgotten after a quiet day), a new hash, an API login's
   * token and the audit entries, in one write (LoginLedger).
   */
  async succeed(
    account: Account,
    attempts: LoginAttempts,
    actor: RequestActor,
    options: { rehash?: string; token?: PreparedAccessToken } = {},
  ): Promise<void> {
    const loggedIn: AuditEntry = {
      actorId: account.id,
      action: 'identity.login-succeeded',
      targetType: 'account',
      targetId: account.id,
      ip: actor.ip,
    };
    await this.ledger.recordSuccess({
      accountId: account.id,
      at: this.clock.now(),
      clearAttemptsOf: attempts.counted ? attempts.key : null,
      rehash: options.rehash,
      token: options.token?.accessToken,
      audit: options.token ? [loggedIn, options.token.audit] : [loggedIn],
    });
  }
}

function refuseLocked(key: string, state: LoginAttemptState, now: Date): LoginAttempts {
  if (state.lockedUntil)
    throw new TooManyAttemptsError(Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000));
  return { key, counted: state.counted };
}
