import {
  clockAt,
  RecordingAuditLog,
  recordingEmailOutbox,
  RecordingUnitOfWork,
} from '../../../../../shared/application/testing';
import {
  aCandidateRecord,
  anActiveCandidate,
  FakePasswordHasher,
  GOOD_PASSWORD,
  identityMailer,
  InMemoryAccounts,
  InMemoryCandidateRecords,
  InMemoryOneTimeTokens,
  passwordPolicy,
} from '../../../../application/testing/in-memory-identity';
import { CandidateRegistrationInput, RegisterCandidate } from './register-candidate.command';
import { RegisterCandidateHandler } from './register-candidate.handler';
import { RegistrationCredentials } from '../../services/registration-credentials';

describe('RegisterCandidateHandler', () => {
  const actor = { accountId: null, ip: '192.0.2.5' };
  const setUp = () => {
    const accounts = new InMemoryAccounts();
    const records = new InMemoryCandidateRecords().has(
      aCandidateRecord(),
      aCandidateRecord({ id: 'rec-twin-1', candidateNumber: '00070001', firstName: 'Alex', surname: 'Twin' }),
      aCandidateRecord({ id: 'rec-twin-2', candidateNumber: '00070002', firstName: 'Alex', surname: 'Twin' }),
    );
    const tokens = new InMemoryOneTimeTokens();
    const { outbox, emails } = recordingEmailOutbox();
    const audit = new RecordingAuditLog();
    const uow = new RecordingUnitOfWork(accounts);
    const handler = new RegisterCandidateHandler(
      uow,
      accounts,
      records,
      tokens,
      new RegistrationCredentials(passwordPolicy(), new FakePasswordHasher()),
      identityMailer(emails),
      audit,
      clockAt(),
    );
    return { accounts, records, tokens, outbox, audit, uow, handler };
  };
  const register = (input: Partial<CandidateRegistrationInput> = {}) =>
    new RegisterCandidate(
      {
        email: 'Sam@Candidates.example',
        password: GOOD_PASSWORD,
        candidateNumber: '00061010',
        firstName: 'Sam',
        surname: 'EICHEN',
        dateOfBirth: '1990-04-27',
        ...input,
      },
      actor,
    );

  it('activates a registration that matches one record, linking it, and emails a verification link', async () => {
    const { accounts, tokens, outbox, audit, uow, handler } = setUp();
    const result = await handler.execute(register());
    expect(result.status).toBe('active');
    const [account] = accounts.all;
    expect(account).toMatchObject({
      email: 'sam@candidates.example',
      candidateRecordId: 'rec-1',
      passwordHash: FakePasswordHasher.hashOf(GOOD_PASSWORD),
    });
    expect(uow.eventNames().sort()).toEqual([
      'identity.candidate-account-linked',
      'identity.candidate-registered',
    ]);
    expect(tokens.all).toEqual([
      expect.objectContaining({ purpose: 'email_verification', email: account.email }),
    ]);
    expect(outbox.emails()).toEqual([expect.objectContaining({ template: 'identity-candidate-active' })]);
    expect(audit.entries[0].details).toEqual({ status: 'active', match: 'matched' });
  });

  it('keeps for staff a registration matching no record, two records, or a record already linked', async () => {
    const { accounts, outbox, audit, handler } = setUp();
    accounts.has(anActiveCandidate({ id: 'owner', email: 'owner@candidates.example' }));
    await handler.execute(register({ email: 'a@candidates.example', surname: 'Nobody' }));
    await handler.execute(
      register({
        email: 'b@candidates.example',
        candidateNumber: 'NA',
        firstName: 'Alex',
        surname: 'Twin',
      }),
    );
    await handler.execute(register({ email: 'c@candidates.example' }));
    expect(accounts.all.slice(1).map((a) => [a.status, a.candidateRecordId])).toEqual([
      ['pending_authorisation', null],
      ['pending_authorisation', null],
      ['pending_authorisation', null],
    ]);
    expect(audit.entries.map((e) => e.details?.match)).toEqual(['no-record', 'ambiguous', 'already-linked']);
    expect(outbox.emails().map((e) => e.template)).toEqual([
      'identity-candidate-pending',
      'identity-candidate-pending',
      'identity-candidate-pending',
    ]);
  });

  it('refuses an address that has an account, and reports every problem of the form at once', async () => {
    const { accounts, outbox, handler } = setUp();
    accounts.has(anActiveCandidate());
    await expect(handler.execute(register())).rejects.toMatchObject({ code: 'IDENTITY.EMAIL_TAKEN' });
    await expect(
      handler.execute(register({ email: 'not-an-email', password: 'short', dateOfBirth: '2999-01-01' })),
    ).rejects.toMatchObject({
      code: 'IDENTITY.INVALID_DETAILS',
      details: expect.arrayContaining([
        expect.objectContaining({ field: 'email' }),
        expect.objectContaining({ field: 'password' }),
        expect.objectContaining({ field: 'dateOfBirth' }),
      ]),
    });
    expect(accounts.all).toHaveLength(1);
    expect(outbox.messages).toHaveLength(0);
  });
});
