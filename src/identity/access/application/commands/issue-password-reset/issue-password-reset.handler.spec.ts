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
  InMemoryOneTimeTokens,
} from '../../../../application/testing/in-memory-identity';
import { IssuePasswordReset } from './issue-password-reset.command';
import { IssuePasswordResetHandler } from './issue-password-reset.handler';

describe('IssuePasswordResetHandler', () => {
  const now = new Date('2026-11-30T09:00:00Z');
  const actor = { accountId: null, ip: '192.0.2.7' };
  const setUp = () => {
    const accounts = new InMemoryAccounts();
    const tokens = new InMemoryOneTimeTokens();
    const { outbox, emails } = recordingEmailOutbox();
    const audit = new RecordingAuditLog();
    const handler = new IssuePasswordResetHandler(
      new RecordingUnitOfWork(accounts),
      accounts,
      tokens,
      identityMailer(emails),
      audit,
      clockAt(now.toISOString()),
    );
    return { accounts, tokens, outbox, audit, handler };
  };

  it('emails a reset link that replaces any earlier one, and audits the request', async () => {
    const { accounts, tokens, outbox, audit, handler } = setUp();
    const candidate = anActiveCandidate();
    accounts.has(candidate);

    await handler.execute(new IssuePasswordReset(candidate.email, actor));
    await handler.execute(new IssuePasswordReset(candidate.email.toUpperCase(), actor));

    expect(tokens.usable(now, 'password_reset')).toEqual([
      expect.objectContaining({ accountId: candidate.id }),
    ]);
    expect(outbox.emails().map((email) => [email.to, email.template])).toEqual([
      [candidate.email, 'identity-password-reset'],
      [candidate.email, 'identity-password-reset'],
    ]);
    expect(audit.entries.map((entry) => entry.action)).toEqual([
      'identity.password-reset-requested',
      'identity.password-reset-requested',
    ]);
  });

  it('sends nothing for an unknown address, nor to a rejected or suspended account', async () => {
    const { accounts, outbox, audit, handler } = setUp();
    const rejected = aPendingCandidate({ email: 'rejected@example.test' });
    rejected.reject('Not one of our candidates', now);
    const suspended = anActiveCandidate({ email: 'suspended@example.test' });
    suspended.suspend(now);
    accounts.has(rejected, suspended);

    for (const email of ['nobody@example.test', rejected.email, suspended.email])
      await handler.execute(new IssuePasswordReset(email, actor));

    expect(outbox.emails()).toEqual([]);
    expect(audit.entries).toEqual([]);
  });
});
