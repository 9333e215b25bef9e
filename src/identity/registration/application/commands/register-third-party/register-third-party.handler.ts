import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../../shared/application/unit-of-work';
import { Clock, newId } from '../../../../../shared/domain';
import { Account } from '../../../../domain/account';
import { AccountRepository } from '../../../../domain/account.repository';
import { EmailTakenError, InvalidDetailsError } from '../../../../domain/identity.errors';
import { OneTimeToken, OneTimeTokenRepository } from '../../../../domain/one-time-token';
import { IdentityMailer } from '../../../../application/services/identity-mailer';
import { RegistrationCredentials } from '../../services/registration-credentials';
import { checkThirdPartyRegistration } from './check-third-party-registration';
import { RegisterThirdParty } from './register-third-party.command';

@CommandHandler(RegisterThirdParty)
export class RegisterThirdPartyHandler implements ICommandHandler<RegisterThirdParty> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly accounts: AccountRepository,
    private readonly tokens: OneTimeTokenRepository,
    private readonly credentials: RegistrationCredentials,
    private readonly mailer: IdentityMailer,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute({
    input,
    actor,
  }: RegisterThirdParty): Promise<{ accountId: string; status: 'pending_email_verification' }> {
    const now = this.clock.now();
    const { value, problems } = checkThirdPartyRegistration(input);
    const passwordProblem = this.credentials.problemWith(input, value.email);
    if (passwordProblem) problems.push(passwordProblem);
    if (problems.length > 0) throw new InvalidDetailsError(problems);
    const passwordHash = await this.credentials.hashOf(input);

    return this.uow.run(async () => {
      if (await this.accounts.emailTaken(value.email)) throw new EmailTakenError();
      const account = Account.registerThirdParty({
        id: newId(),
        email: value.email,
        passwordHash,
        details: value,
        company: value.company,
        now,
      });
      await this.accounts.add(account);
      const verification = OneTimeToken.issue(account.id, 'email_verification', account.email, now);
      await this.tokens.add(verification.record);
      this.mailer.verifyEmail(account, verification.token);
      this.audit.record({
        actorId: account.id,
        action: 'identity.third-party-registered',
        targetType: 'account',
        targetId: account.id,
        ip: actor.ip,
      });
      return { accountId: account.id, status: 'pending_email_verification' as const };
    });
  }
}
