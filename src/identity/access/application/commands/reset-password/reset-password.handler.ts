import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../../shared/application/unit-of-work';
import { Clock } from '../../../../../shared/domain';
import { AccessTokenRepository } from '../../../../domain/access-token';
import { AccountRepository } from '../../../../domain/account.repository';
import { InvalidTokenError } from '../../../../domain/identity.errors';
import { LoginAttemptRepository, loginAttemptKey } from '../../../../domain/login-lockout';
import { OneTimeTokenRepository, PASSWORD_LINK_PURPOSES } from '../../../../domain/one-time-token';
import { hashSecretToken } from '../../../../domain/secret-token';
import { PasswordHasher } from '../../../../application/ports/password-hasher';
import { IdentityMailer } from '../../../../application/services/identity-mailer';
import { PasswordPolicy } from '../../../../application/services/password-policy';
import { ResetPassword } from './reset-password.command';

@CommandHandler(ResetPassword)
export class ResetPasswordHandler implements ICommandHandler<ResetPassword> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly accounts: AccountRepository,
    private readonly tokens: OneTimeTokenRepository,
    private readonly accessTokens: AccessTokenRepository,
    private readonly attempts: LoginAttemptRepository,
    private readonly policy: PasswordPolicy,
    private readonly hasher: PasswordHasher,
    private readonly mailer: IdentityMailer,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute({ token, newPassword, actor }: ResetPassword): Promise<{ accountId: string }> {
    const tokenHash = hashSecretToken(token);
    // First a look without locking, to check the password against the right rules (staff have a
    // second factor) before the slow hashing; the token is used up only in the transaction below.
    const preview = await this.uow.run(async () => {
      const record = await this.tokens.byHashForUpdate(tokenHash, PASSWORD_LINK_PURPOSES);
      if (!record || record.usedAt || record.expiresAt <= this.clock.now()) throw new InvalidTokenError();
      const account = await this.accounts.byId(record.accountId);
      if (!account) throw new InvalidTokenError();
      return { usesSecondFactor: account.usesSecondFactor(), email: account.email };
    });
    this.policy.assertAcceptable(newPassword, preview, 'newPassword');
    const passwordHash = await this.hasher.hash(newPassword);

    return this.uow.run(async () => {
      const now = this.clock.now();
      const record = await this.tokens.byHashForUpdate(tokenHash, PASSWORD_LINK_PURPOSES);
      if (!record) throw new InvalidTokenError();
      record.consume(now);
      await this.tokens.save(record);
      const account = await this.accounts.byId(record.accountId);
      if (!account) throw new InvalidTokenError();

      account.changePassword(passwordHash, now);
      // Following the emailed link proves the address, as a verification link would.
      account.verifyEmail(record.email, now);
      await this.accounts.save(account);
      await this.tokens.invalidateOutstanding(account.id, PASSWORD_LINK_PURPOSES, now);
      await this.accessTokens.revokeAllFor(account.id, now);
      await this.attempts.clear(loginAttemptKey(account.email));
      this.mailer.passwordChanged(account);
      this.audit.record({
        actorId: account.id,
        action:
          record.purpose === 'staff_invitation' ? 'identity.staff-password-set' : 'identity.password-reset',
        targetType: 'account',
        targetId: account.id,
        ip: actor.ip,
      });
      return { accountId: account.id };
    });
  }
}
