import {
  clockAt,
  RecordingAuditLog,
  recordingEmailOutbox,
  RecordingUnitOfWork,
} from '../../../../../shared/application/testing';
import {
  anActiveCandidate,
  aPendingCandidate,
  identityMailer,
  InMemoryAccounts,
} from '../../../../application/testing/in-memory-identity';
import { RejectRegistration } from './reject-registration.command';
import { RejectRegistrationHandler } from './reject-registration.handler';

describe('RejectRegistrationHandler', () => {
  const actor = { accountId: 'staff-1', ip: '192.0.2.1' };
  const setUp = () => {
    const pending = aPendingCandidate();
    const accounts = new InMemoryAccounts().has(pending, anActiveCandidate());
    const { outbox, emails } = recordingEmailOutbox();
    const audit = new RecordingAuditLog();
    const uow = new RecordingUnitOfWork(accounts);
    const handler = new RejectRegistrationHandler(uow, accounts, identityMailer(emails), audit, clockAt());
    return { pending, outbox, audit, uow, handler };
  };

  it('rejects a pending registration, tells the candidate why, and keeps the reason out of the audit trail', async () => {
    const { pending, outbox, audit, uow, handler } = setUp();
    await handler.execute(new RejectRegistration(pending.id, ' No record matches these details ', actor));
    expect(pending).toMatchObject({ status: 'rejected', rejectionReason: 'No record matches these details' });
    expect(uow.eventNames()).toEqual(['identity.registration-rejected']);
    expect(outbox.emails()).toEqual([
      expect.objectContaining({ to: pending.email, template: 'identity-registration-rejected' }),
    ]);
    expect(audit.entries).toEqual([
      expect.objectContaining({ action: 'identity.registration-rejected', targetId: pending.id }),
    ]);
    expect(JSON.stringify(audit.entries)).not.toContain('No record matches');
  });

  it('asks for a reason, and refuses an account that is not pending', async () => {
    const { pending, outbox, handler } = setUp();
    await expect(handler.execute(new RejectRegistration(pending.id, '  ', actor))).rejects.toMatchObject({
      code: 'IDENTITY.INVALID_DETAILS',
      details: [expect.objectContaining({ field: 'reason' })],
    });
    await expect(handler.execute(new RejectRegistration('cand-1', 'Duplicate', actor))).rejects.toMatchObject(
      {
        code: 'IDENTITY.REGISTRATION_NOT_PENDING',
      },
    );
    expect(pending.status).toBe('pending_authorisation');
    expect(outbox.messages).toHaveLength(0);
  });
});
