import {
  clockAt,
  RecordingAuditLog,
  recordingEmailOutbox,
  RecordingUnitOfWork,
} from '../../../../../shared/application/testing';
import {
  aCandidateRecord,
  anActiveCandidate,
  aPendingCandidate,
  aThirdParty,
  identityMailer,
  InMemoryAccounts,
  InMemoryCandidateRecords,
  InMemoryOneTimeTokens,
} from '../../../../application/testing/in-memory-identity';
import { ApproveRegistration } from './approve-registration.command';
import { ApproveRegistrationHandler } from './approve-registration.handler';

describe('ApproveRegistrationHandler', () => {
  const actor = { accountId: 'staff-1', ip: '192.0.2.1' };
  const now = new Date('2026-11-30T09:00:00Z');
  const setUp = () => {
    const accounts = new InMemoryAccounts();
    const records = new InMemoryCandidateRecords().has(aCandidateRecord());
    const tokens = new InMemoryOneTimeTokens();
    const { outbox, emails } = recordingEmailOutbox();
    const audit = new RecordingAuditLog();
    const uow = new RecordingUnitOfWork(accounts);
    const handler = new ApproveRegistrationHandler(
      uow,
      accounts,
      records,
      tokens,
      identityMailer(emails),
      audit,
      clockAt(now.toISOString()),
    );
    return { accounts, records, tokens, outbox, audit, uow, handler };
  };

  it('links the pending account to the record, activates it and emails a fresh verification link', async () => {
    const { accounts, records, tokens, outbox, audit, uow, handler } = setUp();
    const pending = aPendingCandidate();
    accounts.has(pending);

    const result = await handler.execute(new ApproveRegistration(pending.id, ' 00061010 ', actor));

    expect(result).toEqual({ accountId: pending.id, status: 'active', candidateNumber: '00061010' });
    expect(pending).toMatchObject({
      status: 'active',
      candidateRecordId: 'rec-1',
      candidateNumber: '00061010',
      activatedAt: now,
    });
    expect(records.locked).toEqual(['rec-1']);
    expect(uow.eventNames()).toEqual(['identity.candidate-account-linked']);
    const [link] = tokens.usable(now, 'email_verification');
    expect(link).toMatchObject({ accountId: pending.id, email: pending.email });
    const [email] = outbox.emails();
    expect(email).toMatchObject({
      to: pending.email,
      template: 'identity-registration-approved',
      data: expect.objectContaining({ candidateNumber: '00061010' }),
    });
    expect(tokens.forRaw(new URL(email.data.verifyUrl as string).searchParams.get('token')!)).toBe(link);
    expect(audit.entries).toEqual([
      expect.objectContaining({
        action: 'identity.registration-approved',
        actorId: 'staff-1',
        targetId: pending.id,
        details: { candidateNumber: '00061010' },
      }),
    ]);
  });

  it('sends no verification link to an address already verified', async () => {
    const { accounts, tokens, outbox, handler } = setUp();
    const pending = aPendingCandidate();
    pending.verifyEmail(pending.email, new Date('2026-11-02T09:00:00Z'));
    accounts.has(pending);
    await handler.execute(new ApproveRegistration(pending.id, '00061010', actor));
    expect(tokens.all).toHaveLength(0);
    expect(outbox.emails()[0].data.verifyUrl).toBeNull();
  });

  it('refuses a record already linked to another account, an unknown record, and an account not pending', async () => {
    const { accounts, outbox, audit, uow, handler } = setUp();
    const pending = aPendingCandidate();
    const linked = anActiveCandidate();
    accounts.has(pending, linked, aThirdParty());
    await expect(
      handler.execute(new ApproveRegistration(pending.id, '00061010', actor)),
    ).rejects.toMatchObject({
      code: 'IDENTITY.CANDIDATE_RECORD_ALREADY_LINKED',
    });
    await expect(
      handler.execute(new ApproveRegistration(pending.id, '09999999', actor)),
    ).rejects.toMatchObject({
      code: 'IDENTITY.CANDIDATE_RECORD_NOT_FOUND',
    });
    await expect(
      handler.execute(new ApproveRegistration(linked.id, '00061010', actor)),
    ).rejects.toMatchObject({
      code: 'IDENTITY.REGISTRATION_NOT_PENDING',
    });
    await expect(handler.execute(new ApproveRegistration('tp-1', '00061010', actor))).rejects.toMatchObject({
      code: 'IDENTITY.ACCOUNT_NOT_FOUND',
    });
    expect(pending.status).toBe('pending_authorisation');
    expect(outbox.messages).toHaveLength(0);
    expect(audit.entries).toHaveLength(0);
    expect(uow.events).toHaveLength(0);
  });
});
