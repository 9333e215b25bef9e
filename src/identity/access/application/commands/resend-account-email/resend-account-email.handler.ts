import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../../shared/application/unit-of-work';
import { Clock, ConflictError } from '../../../../../shared/domain';
import { AccountRepository } from '../../../../domain/account.repository';
import { AccountNotFoundError } from '../../../../domain/identity.errors';
import { OneTimeToken, OneTimeTokenRepository } from '../../../../domain/one-time-token';
import { IdentityMailer } from '../../../../application/services/identity-mailer';
import { ResendAccountEmail } from './resend-account-email.command';

@CommandHandler(ResendAccountEmail)
export class ResendAccountEmailHandler implements ICommandHandler<ResendAccountEmail> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly accounts: AccountRepository,
    private readonly tokens: OneTimeTokenRepository,
    private readonly mailer: IdentityMailer,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  execute({ accountId, kind, actor }: ResendAccountEmail): Promise<void> {
    const now = this.clock.now();
    return this.uow.run(async () => {
      const account = await this.accounts.byId(accountId);
      if (!account || account.role === 'staff') throw new AccountNotFoundError();
      if (account.status === 'rejected' || account.status === 'suspended') {
        throw new ConflictError(
          'IDENTITY.ACCOUNT_NOT_USABLE',
          'A rejected or suspended account is not sent links.',
        );
      }
      if (kind === 'activation') {
        if (account.emailVerifiedAt)
          throw new ConflictError(
            'IDENTITY.EMAIL_ALREADY_VERIFIED',
            'This email address is already confirmed.',
          );
        await this.tokens.invalidateOutstanding(account.id, ['email_verification'], now);
        const verification = OneTimeToken.issue(account.id, 'email_verification', account.email, now);
        await this.tokens.add(verification.record);
        this.mailer.verifyEmail(account, verification.token);
      } else {
        await this.tokens.invalidateOutstanding(account.id, ['password_reset'], now);
        const reset = OneTimeToken.issue(account.id, 'password_reset', account.email, now);
        await this.tokens.add(reset.record);
        this.mailer.passwordReset(account, reset.token);
      }
      // The link itself never goes into the trail.
      this.audit.record({
        actorId: actor.accountId,
        action: `identity.${kind}-email-sent-by-staff`,
        targetType: 'account',
        targetId: account.id,
        ip: actor.ip,
      });
    });
  }
}
