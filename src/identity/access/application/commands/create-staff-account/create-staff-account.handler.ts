import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../../shared/application/unit-of-work';
import { Clock, newId } from '../../../../../shared/domain';
import { Account } from '../../../../domain/account';
import { AccountRepository } from '../../../../domain/account.repository';
import { EmailTakenError, InvalidDetailsError } from '../../../../domain/identity.errors';
import { OneTimeToken, OneTimeTokenRepository } from '../../../../domain/one-time-token';
import { PasswordHasher } from '../../../../application/ports/password-hasher';
import { SecondFactor } from '../../../../application/ports/second-factor';
import { DetailsChecker } from '../../../../application/services/details-check';
import { IdentityMailer } from '../../../../application/services/identity-mailer';
import { PasswordPolicy } from '../../../../application/services/password-policy';
import { CreateStaffAccount, CreateStaffAccountResult } from './create-staff-account.command';

const BASE32_SECRET = /^[A-Z2-7]{16,64}$/;

@CommandHandler(CreateStaffAccount)
export class CreateStaffAccountHandler implements ICommandHandler<CreateStaffAccount> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly accounts: AccountRepository,
    private readonly tokens: OneTimeTokenRepository,
    private readonly policy: PasswordPolicy,
    private readonly hasher: PasswordHasher,
    private readonly secondFactor: SecondFactor,
    private readonly mailer: IdentityMailer,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute({ input, actor }: CreateStaffAccount): Promise<CreateStaffAccountResult> {
    const check = new DetailsChecker();
    const email = check.email('email', input.email);
    const firstName = check.name('firstName', input.firstName, 'first name');
    const surname = check.name('surname', input.surname, 'surname');
    const setUpByOperator = input.password !== undefined;
    if (setUpByOperator) {
      const problem = this.policy.problem(input.password!, { usesSecondFactor: true, email });
      if (problem) check.problems.push({ field: 'password', message: problem });
    }
    const totpSecret =
      input.totpSecret?.trim().toUpperCase().replace(/\s+/g, '') || this.secondFactor.generateSecret();
    if (!BASE32_SECRET.test(totpSecret))
      check.problems.push({
        field: 'totpSecret',
        message: 'A TOTP secret is 16 to 64 base32 characters (A-Z, 2-7)',
      });
    if (check.problems.length > 0) throw new InvalidDetailsError(check.problems);
    const passwordHash = setUpByOperator ? await this.hasher.hash(input.password!) : null;

    return this.uow.run(async () => {
      const now = this.clock.now();
      if (await this.accounts.emailTaken(email)) throw new EmailTakenError();
      const account = Account.createStaff({
        id: newId(),
        email,
        passwordHash,
        details: { firstName, surname },
        totpSecret,
        setUpByOperator,
        now,
      });
      await this.accounts.add(account);
      if (!setUpByOperator) {
        const invitation = OneTimeToken.issue(account.id, 'staff_invitation', account.email, now);
        await this.tokens.add(invitation.record);
        this.mailer.staffInvitation(account, invitation.token);
      }
      this.audit.record({
        actorId: actor.accountId,
        action: 'identity.staff-account-created',
        targetType: 'account',
        targetId: account.id,
        ip: actor.ip,
        details: { by: setUpByOperator ? 'operator' : 'staff' },
      });
      return {
        accountId: account.id,
        totpSecret: setUpByOperator ? totpSecret : null,
        enrolmentUri: setUpByOperator ? this.secondFactor.enrolmentUri(email, totpSecret) : null,
      };
    });
  }
}
