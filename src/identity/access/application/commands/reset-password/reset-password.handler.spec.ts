import {
  clockAt,
  RecordingAuditLog,
  recordingEmailOutbox,
  RecordingUnitOfWork,
} from '../../../../../shared/application/testing';
import { AccessToken } from '../../../../domain/access-token';
import { DEFAULT_LOCKOUT_POLICY, loginAttemptKey } from '../../../../domain/login-lockout';
import { OneTimeToken } from '../../../../domain/one-time-token';
import {
  aThirdParty,
  FakePasswordHasher,
  GOOD_PASSWORD,
  identityMailer,
  InMemoryAccessTokens,
  InMemoryAccounts,
  InMemoryLoginAttempts,
  InMemoryOneTimeTokens,
  passwordPolicy,
} from '../../../../application/testing/in-memory-identity';
import { ResetPassword } from './reset-password.command';
import { ResetPasswordHandler } from './reset-password.handler';

describe('ResetPasswordHandler', () => {
  const issuedAt = new Date('2026-11-30T09:00:00Z');
  const NEW_PASSWORD = 'a much longer passphrase 2026';
  const actor = { accountId: null, ip: '192.0.2.9' };
  const setUp = async (at = '2026-11-30T09:30:00Z') => {
    const account = aThirdParty({ id: 'tp-1', verified: false });
    const accounts = new InMemoryAccounts().has(account);
    const tokens = new InMemoryOneTimeTokens();
    const accessTokens = new InMemoryAccessTokens();
    const attempts = new InMemoryLoginAttempts();
    const { outbox, emails } = recordingEmailOutbox();
    const audit = new RecordingAuditLog();
    const uow = new RecordingUnitOfWork(accounts);
    const link = OneTimeToken.issue(account.id, 'password_reset', account.email, issuedAt);
    await tokens.add(link.record);
    const handler = new ResetPasswordHandler(
      uow,
      accounts,
      tokens,
      accessTokens,
      attempts,
      passwordPolicy(),
      new FakePasswordHasher(),
      identityMailer(emails),
      audit,
      clockAt(at),
    );
    return { account, tokens, accessTokens, attempts, outbox, audit, uow, link, handler };
  };

  it('sets the new password, uses the link up, ends sessions and lockouts, and proves the address', async () => {
    const { account, tokens, accessTokens, attempts, outbox, audit, uow, link, handler } = await setUp();
    const { accessToken } = AccessToken.issue(account.id, issuedAt);
    await accessTokens.add(accessToken);
    await attempts.recordFailure(loginAttemptKey(account.email), issuedAt, DEFAULT_LOCKOUT_POLICY);

    expect(await handler.execute(new ResetPassword(link.token, NEW_PASSWORD, actor))).toEqual({
      accountId: account.id,
    });
    const now = new Date('2026-11-30T09:30:00Z');
    expect(account).toMatchObject({
      passwordHash: FakePasswordHasher.hashOf(NEW_PASSWORD),
      sessionsValidAfter: now,
      emailVerifiedAt: now,
      status: 'active',
    });
    expect(link.record.usedAt).toEqual(now);
    expect(tokens.usable(now)).toHaveLength(0);
    expect(accessToken.isUsable(now)).toBe(false);
    expect(attempts.failures.size).toBe(0);
    expect(uow.eventNames()).toEqual(['identity.password-changed', 'identity.email-verified']);
    expect(outbox.emails()).toEqual([expect.objectContaining({ template: 'identity-password-changed' })]);
    expect(audit.entries.map((e) => e.action)).toEqual(['identity.password-reset']);
  });

  it('refuses a link used once already, and keeps the first new password', async () => {
    const { account, link, handler } = await setUp();
    await handler.execute(new ResetPassword(link.token, NEW_PASSWORD, actor));
    await expect(
      handler.execute(new ResetPassword(link.token, 'another long passphrase 2026', actor)),
    ).rejects.toMatchObject({ code: 'IDENTITY.INVALID_TOKEN' });
    expect(account.passwordHash).toBe(FakePasswordHasher.hashOf(NEW_PASSWORD));
  });

  it('refuses a link past its hour, and an unknown one, changing nothing', async () => {
    const { account, outbox, link, handler } = await setUp('2026-11-30T10:00:01Z');
    await expect(handler.execute(new ResetPassword(link.token, NEW_PASSWORD, actor))).rejects.toMatchObject({
      code: 'IDENTITY.INVALID_TOKEN',
    });
    await expect(handler.execute(new ResetPassword('made-up', NEW_PASSWORD, actor))).rejects.toMatchObject({
      code: 'IDENTITY.INVALID_TOKEN',
    });
    expect(account.passwordHash).toBe(FakePasswordHasher.hashOf(GOOD_PASSWORD));
    expect(outbox.messages).toHaveLength(0);
  });

  it('refuses a weak password without using the link up', async () => {
    const { link, handler } = await setUp();
    await expect(handler.execute(new ResetPassword(link.token, 'short', actor))).rejects.toMatchObject({
      code: 'IDENTITY.PASSWORD_REJECTED',
    });
    expect(link.record.usedAt).toBeNull();
  });
});
