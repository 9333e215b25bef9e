import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../../shared/application/unit-of-work';
import { Clock, newId } from '../../../../../shared/domain';
import { Account } from '../../../../domain/account';
import { AccountRepository } from '../../../../domain/account.repository';
import { decideMatch, MATCH_LOOKUP_LIMIT, matchLookupFor } from '../../../../domain/candidate-match';
import { CandidateRecordRepository } from '../../../../domain/candidate-record.repository';
import { EmailTakenError, InvalidDetailsError } from '../../../../domain/identity.errors';
import { OneTimeToken, OneTimeTokenRepository } from '../../../../domain/one-time-token';
import { IdentityMailer } from '../../../../application/services/identity-mailer';
import { RegistrationCredentials } from '../../services/registration-credentials';
import { checkCandidateRegistration } from './check-candidate-registration';
import { RegisterCandidate } from './register-candidate.command';

/**
 * Creates the candidate's account and matches it against the candidate records: a match activates and
 * links it, anything else leaves it pending authorisation. Either way the candidate is emailed, with a
 * link that confirms their address.
 */
@CommandHandler(RegisterCandidate)
export class RegisterCandidateHandler implements ICommandHandler<RegisterCandidate> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly accounts: AccountRepository,
    private readonly records: CandidateRecordRepository,
    private readonly tokens: OneTimeTokenRepository,
    private readonly credentials: RegistrationCredentials,
    private readonly mailer: IdentityMailer,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute({
    input,
    actor,
  }: RegisterCandidate): Promise<{ accountId: string; status: 'active' | 'pending_authorisation' }> {
    const now = this.clock.now();
    const { value, problems } = checkCandidateRegistration(input, now);
    const passwordProblem = this.credentials.problemWith(input, value.email);
    if (passwordProblem) problems.push(passwordProblem);
    if (problems.length > 0) throw new InvalidDetailsError(problems);
    const passwordHash = await this.credentials.hashOf(input);

    return this.uow.run(async () => {
      if (await this.accounts.emailTaken(value.email)) throw new EmailTakenError();
      const found = await this.records.findForMatch(matchLookupFor(value), MATCH_LOOKUP_LIMIT);
      let linkedAccountId: string | null = null;
      if (found.length === 1) {
        await this.records.lockForLinking(found[0].id);
        linkedAccountId = await this.accounts.linkedTo(found[0].id);
      }
      const outcome = decideMatch(found, () => linkedAccountId !== null);

      const account = Account.registerCandidate({
        id: newId(),
        email: value.email,
        passwordHash,
        details: value,
        claimedCandidateNumber: value.candidateNumber,
        match: outcome.matched ? outcome.record : null,
        now,
      });
      await this.accounts.add(account);

      const verification = OneTimeToken.issue(account.id, 'email_verification', account.email, now);
      await this.tokens.add(verification.record);
      if (outcome.matched) this.mailer.candidateActive(account, verification.token);
      else this.mailer.candidatePending(account, verification.token);

      this.audit.record({
        actorId: account.id,
        action: 'identity.candidate-registered',
        targetType: 'account',
        targetId: account.id,
        ip: actor.ip,
        details: { status: account.status, match: outcome.matched ? 'matched' : outcome.reason },
      });
      return { accountId: account.id, status: account.status as 'active' | 'pending_authorisation' };
    });
  }
}
