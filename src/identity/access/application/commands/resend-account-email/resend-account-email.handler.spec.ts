import { ConflictError } from '../../../../../shared/domain';
import {
  clockAt,
  RecordingAuditLog,
  recordingEmailOutbox,
  RecordingUnitOfWork,
} from '../../../../../shared/application/testing';
import { AccountNotFoundError } from '../../../../domain/identity.errors';
import {
  anActiveCandidate,
  aStaffMember,
  aThirdParty,
  identityMailer,
  InMemoryAccounts,
  InMemoryOneTimeTokens,
} from '../../../../application/testing/in-memory-identity';
import { ResendAccountEmail } from './resend-account-email.command';
import { ResendAccountEmailHandler } from './resend-account-email.handler';

describe('ResendAccountEmailHandler', () => {
  const now = new Date('2026-11-30T09:00:00Z');
  const actor = { accountId: 'staff-1', ip: '192.0.2.1' };
  const setUp = () => {
    const accounts = new InMemoryAccounts();
    const tokens = new InMemoryOneTimeTokens();
    const { outbox, emails } = recordingEmailOutbox();
    const audit = new RecordingAuditLog();
    const handler = new ResendAccountEmailHandler(
      new RecordingUnitOfWork(accounts),
      accounts,
      tokens,
      identityMailer(emails),
      audit,
      clockAt(now.toISOString()),
    );
    return { accounts, tokens, outbox, audit, handler };
  };

  it('sends a fresh activation link to an unconfirmed address, and a reset link on request', async () => {
    const { accounts, tokens, outbox, audit, handler } = setUp();
    const unconfirmed = aThirdParty({ verified: false });
    const candidate = anActiveCandidate();
    accounts.has(unconfirmed, candidate);

    await handler.execute(new ResendAccountEmail(unconfirmed.id, 'activation', actor));
    await handler.execute(new ResendAccountEmail(candidate.id, 'password-reset', actor));

    expect(tokens.usable(now, 'email_verification')).toEqual([
      expect.objectContaining({ accountId: unconfirmed.id }),
    ]);
    expect(tokens.usable(now, 'password_reset')).toEqual([
      expect.objectContaining({ accountId: candidate.id }),
    ]);
    expect(outbox.emails().map((email) => [email.to, email.template])).toEqual([
      [unconfirmed.email, 'identity-verify-email'],
      [candidate.email, 'identity-password-reset'],
    ]);
    expect(audit.entries.map((entry) => entry.action)).toEqual([
      'identity.activation-email-sent-by-staff',
      'identity.password-reset-email-sent-by-staff',
    ]);
  });

  it('refuses staff accounts, confirmed addresses for activation, and suspended accounts', async () => {
    const { accounts, outbox, handler } = setUp();
    const staff = aStaffMember();
    const candidate = anActiveCandidate();
    const suspended = anActiveCandidate({ id: 'cand-suspended', email: 'suspended@example.test' });
    suspended.suspend(now);
    accounts.has(staff, candidate, suspended);

    await expect(
      handler.execute(new ResendAccountEmail(staff.id, 'password-reset', actor)),
    ).rejects.toBeInstanceOf(AccountNotFoundError);
    await expect(
      handler.execute(new ResendAccountEmail(candidate.id, 'activation', actor)),
    ).rejects.toMatchObject({
      code: 'IDENTITY.EMAIL_ALREADY_VERIFIED',
    });
    await expect(
      handler.execute(new ResendAccountEmail(suspended.id, 'password-reset', actor)),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(outbox.emails()).toEqual([]);
  });
});
