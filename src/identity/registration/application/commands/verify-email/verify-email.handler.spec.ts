import {
  clockAt,
  RecordingAuditLog,
  recordingEmailOutbox,
  RecordingIntegrationEvents,
  RecordingUnitOfWork,
} from '../../../../../shared/application/testing';
import { OneTimeToken } from '../../../../domain/one-time-token';
import { PublishIdentityIntegrationEvents } from '../../../../application/events/publish-integration-events';
import {
  aThirdParty,
  identityMailer,
  InMemoryAccounts,
  InMemoryOneTimeTokens,
} from '../../../../application/testing/in-memory-identity';
import { VerifyEmail } from './verify-email.command';
import { VerifyEmailHandler } from './verify-email.handler';

describe('VerifyEmailHandler', () => {
  const issuedAt = new Date('2026-11-30T08:00:00Z');
  const now = new Date('2026-11-30T09:00:00Z');
  const actor = { accountId: null, ip: '192.0.2.9' };
  const setUp = () => {
    const accounts = new InMemoryAccounts();
    const tokens = new InMemoryOneTimeTokens();
    const { outbox, emails } = recordingEmailOutbox();
    const published = new RecordingIntegrationEvents();
    const audit = new RecordingAuditLog();
    const uow = new RecordingUnitOfWork(accounts).reacting(new PublishIdentityIntegrationEvents(published));
    const handler = new VerifyEmailHandler(
      uow,
      accounts,
      tokens,
      identityMailer(emails),
      audit,
      clockAt(now.toISOString()),
    );
    const link = async (accountId: string, purpose: 'email_verification' | 'email_change', email: string) => {
      const issued = OneTimeToken.issue(accountId, purpose, email, issuedAt);
      await tokens.add(issued.record);
      return issued.token;
    };
    return { accounts, outbox, published, audit, uow, link, handler };
  };

  it('activates a third party who follows the link, once, and tells the other contexts', async () => {
    const { accounts, published, audit, link, handler } = setUp();
    const account = aThirdParty({ verified: false });
    accounts.has(account);
    const token = await link(account.id, 'email_verification', account.email);

    await handler.execute(new VerifyEmail(token, actor));

    expect(account).toMatchObject({ status: 'active', emailVerifiedAt: now, activatedAt: now });
    expect(published.published).toEqual([
      {
        name: 'identity.email-verified',
        version: 1,
        payload: { accountId: account.id, role: 'third_party', email: account.email },
      },
    ]);
    expect(audit.entries.map((e) => e.action)).toEqual(['identity.email-verified']);
    await expect(handler.execute(new VerifyEmail(token, actor))).rejects.toMatchObject({
      code: 'IDENTITY.INVALID_TOKEN',
    });
  });

  it('moves the account to a confirmed new address and tells the old address', async () => {
    const { accounts, outbox, published, link, handler } = setUp();
    const account = aThirdParty();
    account.requestEmailChange('ann.new@garage.example', issuedAt);
    accounts.has(account);
    const token = await link(account.id, 'email_change', 'ann.new@garage.example');

    await handler.execute(new VerifyEmail(token, actor));

    expect(account).toMatchObject({ email: 'ann.new@garage.example', pendingEmail: null });
    expect(outbox.emails()).toEqual([
      expect.objectContaining({ to: 'hr@garage.example', template: 'identity-email-changed' }),
    ]);
    expect(published.published).toEqual([
      expect.objectContaining({
        name: 'identity.email-changed',
        payload: {
          accountId: account.id,
          previousEmail: 'hr@garage.example',
          email: 'ann.new@garage.example',
        },
      }),
    ]);
  });

  it('refuses a change link once someone else has taken the address, or after a newer change', async () => {
    const { accounts, outbox, published, link, handler } = setUp();
    const account = aThirdParty();
    account.requestEmailChange('taken@garage.example', issuedAt);
    accounts.has(account, aThirdParty({ id: 'tp-2', email: 'taken@garage.example' }));
    const taken = await link(account.id, 'email_change', 'taken@garage.example');
    await expect(handler.execute(new VerifyEmail(taken, actor))).rejects.toMatchObject({
      code: 'IDENTITY.EMAIL_TAKEN',
    });
    account.requestEmailChange('newer@garage.example', issuedAt);
    const stale = await link(account.id, 'email_change', 'older@garage.example');
    await expect(handler.execute(new VerifyEmail(stale, actor))).rejects.toMatchObject({
      code: 'IDENTITY.INVALID_TOKEN',
    });
    expect(account.email).toBe('hr@garage.example');
    expect(outbox.messages).toHaveLength(0);
    expect(published.published).toHaveLength(0);
  });
});
