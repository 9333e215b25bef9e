import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../../shared/application/unit-of-work';
import { Clock } from '../../../../../shared/domain';
import { AccessTokenRepository } from '../../../../domain/access-token';
import { AccountRepository } from '../../../../domain/account.repository';
import { cleanEmail, emailProblem } from '../../../../domain/email-address';
import {
  AccountNotFoundError,
  CurrentPasswordIncorrectError,
  EmailTakenError,
  InvalidDetailsError,
  NothingToChangeError,
} from '../../../../domain/identity.errors';
import { loginAttemptKey } from '../../../../domain/login-lockout';
import { normalisePassword } from '../../../../domain/password-rules';
import { OneTimeToken, OneTimeTokenRepository } from '../../../../domain/one-time-token';
import { PasswordHasher } from '../../../../application/ports/password-hasher';
import { IdentityMailer } from '../../../../application/services/identity-mailer';
import { PasswordPolicy } from '../../../../application/services/password-policy';
import { LoginGuard } from '../../../../application/services/login-guard';
import { ChangeCredentials, ChangeCredentialsResult } from './change-credentials.command';

@CommandHandler(ChangeCredentials)
export class ChangeCredentialsHandler implements ICommandHandler<ChangeCredentials> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly accounts: AccountRepository,
    private readonly tokens: OneTimeTokenRepository,
    private readonly accessTokens: AccessTokenRepository,
    private readonly guard: LoginGuard,
    private readonly policy: PasswordPolicy,
    private readonly hasher: PasswordHasher,
    private readonly mailer: IdentityMailer,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute({
    accountId,
    input,
    currentTokenId,
    actor,
  }: ChangeCredentials): Promise<ChangeCredentialsResult> {
    const newEmail = input.newEmail ? cleanEmail(input.newEmail) : null;
    const newPassword = input.newPassword || null;
    if (!newEmail && !newPassword) throw new NothingToChangeError();

    const account = await this.accounts.byId(accountId);
    if (!account || !account.passwordHash) throw new AccountNotFoundError();
    // Guessing the current password here is as much an attack as at the login box: same count, same lock.
    const key = loginAttemptKey(account.email);
    await this.guard.assertNotLocked(key);
    if (!(await this.hasher.verify(account.passwordHash, normalisePassword(input.currentPassword ?? '')))) {
      await this.guard.recordFailure(key, account.id, 'current-password', actor);
      throw new CurrentPasswordIncorrectError();
    }

    const problems: Array<{ field: string; message: string }> = [];
    if (newEmail && emailProblem(newEmail))
      problems.push({ field: 'newEmail', message: emailProblem(newEmail)! });
    if (newPassword) {
      const problem = this.policy.problem(newPassword, {
        usesSecondFactor: account.usesSecondFactor(),
        email: newEmail ?? account.email,
      });
      if (problem) problems.push({ field: 'newPassword', message: problem });
    }
    if (problems.length > 0) throw new InvalidDetailsError(problems);
    const passwordHash = newPassword ? await this.hasher.hash(newPassword) : null;

    return this.uow.run(async () => {
      const now = this.clock.now();
      const current = (await this.accounts.byId(accountId))!;
      const result: ChangeCredentialsResult = { sessionsValidAfter: null, emailChangePendingTo: null };
      if (passwordHash) {
        current.changePassword(passwordHash, now);
        await this.accessTokens.revokeAllFor(current.id, now, currentTokenId);
        this.mailer.passwordChanged(current);
        this.audit.record({
          actorId: current.id,
          action: 'identity.password-changed',
          targetType: 'account',
          targetId: current.id,
          ip: actor.ip,
        });
        result.sessionsValidAfter = now;
      }
      if (newEmail && newEmail !== current.email) {
        if (await this.accounts.emailTaken(newEmail)) throw new EmailTakenError();
        current.requestEmailChange(newEmail, now);
        await this.tokens.invalidateOutstanding(current.id, ['email_change'], now);
        const confirmation = OneTimeToken.issue(current.id, 'email_change', newEmail, now);
        await this.tokens.add(confirmation.record);
        this.mailer.confirmEmailChange(current, newEmail, confirmation.token);
        this.audit.record({
          actorId: current.id,
          action: 'identity.email-change-requested',
          targetType: 'account',
          targetId: current.id,
          ip: actor.ip,
        });
        result.emailChangePendingTo = newEmail;
      }
      await this.accounts.save(current);
      return result;
    });
  }
}
