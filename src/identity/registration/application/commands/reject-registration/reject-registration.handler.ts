import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../../shared/application/unit-of-work';
import { Clock } from '../../../../../shared/domain';
import { AccountRepository } from '../../../../domain/account.repository';
import { AccountNotFoundError, InvalidDetailsError } from '../../../../domain/identity.errors';
import { IdentityMailer } from '../../../../application/services/identity-mailer';
import { RejectRegistration } from './reject-registration.command';

export const MAX_REJECTION_REASON_LENGTH = 1000;

@CommandHandler(RejectRegistration)
export class RejectRegistrationHandler implements ICommandHandler<RejectRegistration> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly accounts: AccountRepository,
    private readonly mailer: IdentityMailer,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute({
    accountId,
    reason,
    actor,
  }: RejectRegistration): Promise<{ accountId: string; status: 'rejected' }> {
    const text = (reason ?? '').trim();
    if (!text)
      throw new InvalidDetailsError([
        { field: 'reason', message: 'Give the reason, which the candidate will be told' },
      ]);
    if (text.length > MAX_REJECTION_REASON_LENGTH) {
      throw new InvalidDetailsError([
        { field: 'reason', message: `The reason must be ${MAX_REJECTION_REASON_LENGTH} characters or fewer` },
      ]);
    }
    return this.uow.run(async () => {
      const account = await this.accounts.byId(accountId);
      if (!account || account.role !== 'candidate') throw new AccountNotFoundError();
      account.reject(text, this.clock.now());
      await this.accounts.save(account);
      this.mailer.registrationRejected(account, text);
      // The reason goes to the candidate, not into the audit trail (it may hold personal details).
      this.audit.record({
        actorId: actor.accountId,
        action: 'identity.registration-rejected',
        targetType: 'account',
        targetId: account.id,
        ip: actor.ip,
      });
      return { accountId: account.id, status: 'rejected' as const };
    });
  }
}
