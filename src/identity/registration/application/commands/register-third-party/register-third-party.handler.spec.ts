import {
  clockAt,
  RecordingAuditLog,
  recordingEmailOutbox,
  RecordingUnitOfWork,
} from '../../../../../shared/application/testing';
import { EmailTakenError, InvalidDetailsError } from '../../../../domain/identity.errors';
import {
  aThirdParty,
  FakePasswordHasher,
  GOOD_PASSWORD,
  identityMailer,
  InMemoryAccounts,
  InMemoryOneTimeTokens,
  passwordPolicy,
} from '../../../../application/testing/in-memory-identity';
import { RegisterThirdParty } from './register-third-party.command';
import { RegisterThirdPartyHandler } from './register-third-party.handler';
import { RegistrationCredentials } from '../../services/registration-credentials';

describe('RegisterThirdPartyHandler', () => {
  const now = new Date('2026-11-30T09:00:00Z');
  const actor = { accountId: null, ip: '192.0.2.7' };
  const details = {
    email: ' HR@Employer.Example ',
    firstName: 'Hana',
    surname: 'Reid',
    company: 'Employer Ltd',
  };
  const setUp = () => {
    const accounts = new InMemoryAccounts();
    const tokens = new InMemoryOneTimeTokens();
    const { outbox, emails } = recordingEmailOutbox();
    const audit = new RecordingAuditLog();
    const uow = new RecordingUnitOfWork(accounts);
    const handler = new RegisterThirdPartyHandler(
      uow,
      accounts,
      tokens,
      new RegistrationCredentials(passwordPolicy(), new FakePasswordHasher()),
      identityMailer(emails),
      audit,
      clockAt(now.toISOString()),
    );
    return { accounts, tokens, outbox, audit, uow, handler };
  };

  it('registers the third party waiting for the address to be confirmed, and sends the link', async () => {
    const { accounts, tokens, outbox, audit, uow, handler } = setUp();

    const result = await handler.execute(
      new RegisterThirdParty({ ...details, password: GOOD_PASSWORD }, actor),
    );

    expect(result.status).toBe('pending_email_verification');
    expect(await accounts.byId(result.accountId)).toMatchObject({
      role: 'third_party',
      email: 'hr@employer.example',
      company: 'Employer Ltd',
      passwordHash: FakePasswordHasher.hashOf(GOOD_PASSWORD),
    });
    expect(tokens.usable(now, 'email_verification')).toHaveLength(1);
    expect(outbox.emails().map((email) => [email.to, email.template])).toEqual([
      ['hr@employer.example', 'identity-verify-email'],
    ]);
    expect(uow.eventNames()).toEqual(['identity.third-party-registered']);
    expect(audit.entries.map((entry) => entry.action)).toEqual(['identity.third-party-registered']);
  });

  it('names every bad detail and a weak password together, and refuses a taken address', async () => {
    const { accounts, handler } = setUp();
    accounts.has(aThirdParty({ email: 'taken@employer.example' }));

    const refused = handler.execute(
      new RegisterThirdParty(
        { email: 'nope', firstName: '', surname: 'Reid', company: '', password: 'short' },
        actor,
      ),
    );
    await expect(refused).rejects.toBeInstanceOf(InvalidDetailsError);
    await expect(
      refused.catch((error: InvalidDetailsError) => error.details.map((d) => d.field)),
    ).resolves.toEqual(expect.arrayContaining(['email', 'firstName', 'company', 'password']));
    await expect(
      handler.execute(
        new RegisterThirdParty(
          { ...details, email: 'taken@employer.example', password: GOOD_PASSWORD },
          actor,
        ),
      ),
    ).rejects.toBeInstanceOf(EmailTakenError);
    expect(await accounts.count()).toBe(1);
  });
});
