import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../../shared/application/unit-of-work';
import { Clock } from '../../../../../shared/domain';
import { AccountRepository } from '../../../../domain/account.repository';
import { cleanCandidateNumber } from '../../../../domain/candidate-number';
import { CandidateRecordRepository } from '../../../../domain/candidate-record.repository';
import {
  AccountNotFoundError,
  CandidateRecordAlreadyLinkedError,
  CandidateRecordNotFoundError,
} from '../../../../domain/identity.errors';
import { OneTimeToken, OneTimeTokenRepository } from '../../../../domain/one-time-token';
import { IdentityMailer } from '../../../../application/services/identity-mailer';
import { ApproveRegistration } from './approve-registration.command';

@CommandHandler(ApproveRegistration)
export class ApproveRegistrationHandler implements ICommandHandler<ApproveRegistration> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly accounts: AccountRepository,
    private readonly records: CandidateRecordRepository,
    private readonly tokens: OneTimeTokenRepository,
    private readonly mailer: IdentityMailer,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute({
    accountId,
    candidateNumber,
    actor,
  }: ApproveRegistration): Promise<{ accountId: string; status: 'active'; candidateNumber: string }> {
    return this.uow.run(async () => {
      const now = this.clock.now();
      const account = await this.accounts.byId(accountId);
      if (!account || account.role !== 'candidate') throw new AccountNotFoundError();
      const record = await this.records.byCandidateNumber(cleanCandidateNumber(candidateNumber));
      if (!record) throw new CandidateRecordNotFoundError();
      await this.records.lockForLinking(record.id);
      const linkedTo = await this.accounts.linkedTo(record.id);
      if (linkedTo && linkedTo !== account.id) throw new CandidateRecordAlreadyLinkedError();

      account.approve(record, now);
      await this.accounts.save(account);
      let verificationToken: string | null = null;
      if (!account.emailVerifiedAt) {
        await this.tokens.invalidateOutstanding(account.id, ['email_verification'], now);
        const verification = OneTimeToken.issue(account.id, 'email_verification', account.email, now);
        await this.tokens.add(verification.record);
        verificationToken = verification.token;
      }
      this.mailer.registrationApproved(account, verificationToken);
      this.audit.record({
        actorId: actor.accountId,
        action: 'identity.registration-approved',
        targetType: 'account',
        targetId: account.id,
        ip: actor.ip,
        details: { candidateNumber: record.candidateNumber },
      });
      return { accountId: account.id, status: 'active' as const, candidateNumber: record.candidateNumber };
    });
  }
}
