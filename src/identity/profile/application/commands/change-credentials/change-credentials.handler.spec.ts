import {
  clockAt,
  RecordingAuditLog,
  recordingEmailOutbox,
  RecordingUnitOfWork,
} from '../../../../../shared/application/testing';
import { AccessToken } from '../../../../domain/access-token';
import { loginAttemptKey } from '../../../../domain/login-lockout';
import {
  anActiveCandidate,
  aThirdParty,
  FakePasswordHasher,
  GOOD_PASSWORD,
  identityMailer,
  InMemoryAccessTokens,
  InMemoryAccounts,
  InMemoryLoginAttempts,
  InMemoryOneTimeTokens,
  loginGuard,
  passwordPolicy,
} from '../../../../application/testing/in-memory-identity';
import { ChangeCredentials } from './change-credentials.command';
import { ChangeCredentialsHandler } from './change-credentials.handler';

describe('ChangeCredentialsHandler', () => {
  const now = new Date('2026-11-30T09:00:00Z');
  const actor = { accountId: 'cand-1', ip: '192.0.2.7' };
  const NEW_PASSWORD = 'a much longer passphrase 2026';
  const setUp = () => {
    const account = anActiveCandidate();
    const accounts = new InMemoryAccounts().has(account, aThirdParty());
    const tokens = new InMemoryOneTimeTokens();
    const accessTokens = new InMemoryAccessTokens();
    const attempts = new InMemoryLoginAttempts();
    const { outbox, emails } = recordingEmailOutbox();
    const audit = new RecordingAuditLog();
    const uow = new RecordingUnitOfWork(accounts);
    const clock = clockAt(now.toISOString());
    const handler = new ChangeCredentialsHandler(
      uow,
      accounts,
      tokens,
      accessTokens,
      loginGuard({ uow, accounts, attempts, audit, clock }),
      passwordPolicy(),
      new FakePasswordHasher(),
      identityMailer(emails),
      audit,
      clock,
    );
    return { account, tokens, accessTokens, attempts, outbox, audit, uow, handler };
  };
  const change = (input: ConstructorParameters<typeof ChangeCredentials>[1], tokenId: string | null = null) =>
    new ChangeCredentials('cand-1', input, tokenId, actor);

  it('changes the password, ends every other session and token, and tells the owner', async () => {
    const { account, accessTokens, outbox, audit, uow, handler } = setUp();
    const inUse = AccessToken.issue(account.id, new Date('2026-11-30T08:00:00Z')).accessToken;
    const other = AccessToken.issue(account.id, new Date('2026-11-30T08:00:00Z')).accessToken;
    await accessTokens.add(inUse);
    await accessTokens.add(other);

    const result = await handler.execute(
      change({ currentPassword: GOOD_PASSWORD, newPassword: NEW_PASSWORD }, inUse.id),
    );

    expect(result).toEqual({ sessionsValidAfter: now, emailChangePendingTo: null });
    expect(account.passwordHash).toBe(FakePasswordHasher.hashOf(NEW_PASSWORD));
    expect(account.sessionsValidAfter).toEqual(now);
    expect([inUse.isUsable(now), other.isUsable(now)]).toEqual([true, false]);
    expect(uow.eventNames()).toEqual(['identity.password-changed']);
    expect(outbox.emails()).toEqual([
      expect.objectContaining({ to: account.email, template: 'identity-password-changed' }),
    ]);
    expect(audit.entries.map((e) => e.action)).toEqual(['identity.password-changed']);
  });

  it('keeps the address until the new one is confirmed: the link goes to the new address', async () => {
    const { account, tokens, outbox, uow, handler } = setUp();
    const result = await handler.execute(
      change({ currentPassword: GOOD_PASSWORD, newEmail: ' Sam.New@Candidates.example ' }),
    );
    expect(result).toEqual({ sessionsValidAfter: null, emailChangePendingTo: 'sam.new@candidates.example' });
    expect(account).toMatchObject({
      email: 'sam@candidates.example',
      pendingEmail: 'sam.new@candidates.example',
    });
    expect(tokens.usable(now, 'email_change')).toEqual([
      expect.objectContaining({ email: 'sam.new@candidates.example' }),
    ]);
    expect(outbox.emails()).toEqual([
      expect.objectContaining({ to: 'sam.new@candidates.example', template: 'identity-email-change' }),
    ]);
    expect(uow.events).toHaveLength(0);
  });

  it('counts a wrong current password as a failed login and changes nothing', async () => {
    const { account, attempts, outbox, audit, handler } = setUp();
    await expect(
      handler.execute(change({ currentPassword: 'not it', newPassword: NEW_PASSWORD })),
    ).rejects.toMatchObject({ code: 'IDENTITY.CURRENT_PASSWORD_INCORRECT' });
    expect(account.passwordHash).toBe(FakePasswordHasher.hashOf(GOOD_PASSWORD));
    expect(attempts.failures.get(loginAttemptKey(account.email))?.count).toBe(1);
    expect(audit.entries).toEqual([
      expect.objectContaining({ action: 'identity.login-failed', details: { reason: 'current-password' } }),
    ]);
    expect(outbox.messages).toHaveLength(0);
  });

  it('refuses a weak password, an address someone else has, and a request that changes nothing', async () => {
    const { account, outbox, handler } = setUp();
    await expect(
      handler.execute(change({ currentPassword: GOOD_PASSWORD, newPassword: 'password123456' })),
    ).rejects.toMatchObject({
      code: 'IDENTITY.INVALID_DETAILS',
      details: [expect.objectContaining({ field: 'newPassword' })],
    });
    await expect(
      handler.execute(change({ currentPassword: GOOD_PASSWORD, newEmail: 'hr@garage.example' })),
    ).rejects.toMatchObject({ code: 'IDENTITY.EMAIL_TAKEN' });
    await expect(handler.execute(change({ currentPassword: GOOD_PASSWORD }))).rejects.toMatchObject({
      code: 'IDENTITY.NOTHING_TO_CHANGE',
    });
    expect(account.pendingEmail).toBeNull();
    expect(outbox.messages).toHaveLength(0);
  });
});
