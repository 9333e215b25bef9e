import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../../shared/application/unit-of-work';
import { Clock } from '../../../../../shared/domain';
import { AccountRepository } from '../../../../domain/account.repository';
import { cleanEmail, emailProblem } from '../../../../domain/email-address';
import { OneTimeToken, OneTimeTokenRepository } from '../../../../domain/one-time-token';
import { IdentityMailer } from '../../../../application/services/identity-mailer';
import { IssuePasswordReset } from './issue-password-reset.command';

/**
 * Runs as a job (the request only recorded it), so the time of the answer says nothing about whether
 * the address has an account. A repeated run sends a fresh link that replaces the first: harmless.
 */
@CommandHandler(IssuePasswordReset)
export class IssuePasswordResetHandler implements ICommandHandler<IssuePasswordReset> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly accounts: AccountRepository,
    private readonly tokens: OneTimeTokenRepository,
    private readonly mailer: IdentityMailer,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute({ email, actor }: IssuePasswordReset): Promise<void> {
    if (emailProblem(email)) return;
    const now = this.clock.now();
    await this.uow.run(async () => {
      const account = await this.accounts.byEmail(cleanEmail(email));
      if (!account || account.status === 'rejected' || account.status === 'suspended') return;
      // A new link replaces any earlier one.
      await this.tokens.invalidateOutstanding(account.id, ['password_reset'], now);
      const reset = OneTimeToken.issue(account.id, 'password_reset', account.email, now);
      await this.tokens.add(reset.record);
      this.mailer.passwordReset(account, reset.token);
      this.audit.record({
        actorId: null,
        action: 'identity.password-reset-requested',
        targetType: 'account',
        targetId: account.id,
        ip: actor.ip,
      });
    });
  }
}
