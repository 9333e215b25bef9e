import { Inject, Injectable } from '@nestjs/common';
import { AuditLog, RequestActor } from '../../../shared/application/audit-log';
import { UnitOfWork } from '../../../shared/application/unit-of-work';
import { Clock } from '../../../shared/domain';
import { Account } from '../../domain/account';
import { AccountRepository } from '../../domain/account.repository';
import { InvalidSecondFactorError, TooManyAttemptsError } from '../../domain/identity.errors';
import { LOCKOUT_POLICY } from '../../access/application/services/lockout-policy.token';
import { LockoutPolicy, LoginAttemptRepository } from '../../domain/login-lockout';
import { SecondFactor } from '../ports/second-factor';

/** The parts of signing in that both the password step and the second-factor step share. */
@Injectable()
export class LoginGuard {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly accounts: AccountRepository,
    private readonly attempts: LoginAttemptRepository,
    private readonly secondFactor: SecondFactor,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    @Inject(LOCKOUT_POLICY) private readonly policy: LockoutPolicy,
  ) {}

  async assertNotLocked(key: string): Promise<void> {
    const now = this.clock.now();
    const lockedUntil = await this.attempts.lockedUntil(key, now);
    if (lockedUntil)
      throw new TooManyAttemptsError(Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000));
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
   * A complete sign-in: start counting failures again, remember when, and audit it; `alsoDo` runs in the
   * same transaction (the API login issues its token there: one commit instead of two).
   */
  async succeed<T>(
    account: Account,
    key: string,
    actor: RequestActor,
    options: { rehash?: string; alsoDo?: () => Promise<T> } = {},
  ): Promise<T | undefined> {
    return this.uow.run(async () => {
      // Found in the identity map when this request loaded it: no second read.
      const current = await this.accounts.byId(account.id);
      if (!current) return undefined;
      current.recordLogin(this.clock.now());
      if (account.totpLastStep !== null && account.totpLastStep !== current.totpLastStep) {
        current.acceptSecondFactorStep(account.totpLastStep, this.clock.now());
      }
      if (options.rehash) current.upgradePasswordHash(options.rehash);
      await this.accounts.save(current);
      await this.attempts.clear(key);
      this.audit.record({
        actorId: account.id,
        action: 'identity.login-succeeded',
        targetType: 'account',
        targetId: account.id,
        ip: actor.ip,
      });
      return options.alsoDo?.();
    });
  }
}
