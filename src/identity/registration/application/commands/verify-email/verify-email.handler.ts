import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../../shared/application/unit-of-work';
import { Clock } from '../../../../../shared/domain';
import { AccountRepository } from '../../../../domain/account.repository';
import { EmailTakenError, InvalidTokenError } from '../../../../domain/identity.errors';
import { OneTimeTokenRepository } from '../../../../domain/one-time-token';
import { hashSecretToken } from '../../../../domain/secret-token';
import { IdentityMailer } from '../../../../application/services/identity-mailer';
import { VerifyEmail } from './verify-email.command';

@CommandHandler(VerifyEmail)
export class VerifyEmailHandler implements ICommandHandler<VerifyEmail> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly accounts: AccountRepository,
    private readonly tokens: OneTimeTokenRepository,
    private readonly mailer: IdentityMailer,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute({ token, actor }: VerifyEmail): Promise<{ accountId: string }> {
    const now = this.clock.now();
    return this.uow.run(async () => {
      const record = await this.tokens.byHashForUpdate(hashSecretToken(token), [
        'email_verification',
        'email_change',
      ]);
      if (!record) throw new InvalidTokenError();
      record.consume(now);
      await this.tokens.save(record);
      const account = await this.accounts.byId(record.accountId);
      if (!account) throw new InvalidTokenError();

      if (record.purpose === 'email_change') {
        const previousEmail = account.email;
        if (await this.accounts.emailTaken(record.email)) throw new EmailTakenError();
        if (!account.confirmEmailChange(record.email, now)) throw new InvalidTokenError();
        await this.accounts.save(account);
        this.mailer.emailChanged(account, previousEmail);
        this.audit.record({
          actorId: account.id,
          action: 'identity.email-changed',
          targetType: 'account',
          targetId: account.id,
          ip: actor.ip,
        });
      } else {
        if (!account.verifyEmail(record.email, now)) throw new InvalidTokenError();
        await this.accounts.save(account);
        this.audit.record({
          actorId: account.id,
          action: 'identity.email-verified',
          targetType: 'account',
          targetId: account.id,
          ip: actor.ip,
        });
      }
      return { accountId: account.id };
    });
  }
}
