import {
  clockAt,
  RecordingAuditLog,
  recordingEmailOutbox,
  RecordingUnitOfWork,
} from '../../../../../shared/application/testing';
import {
  AccountPendingError,
  EmailNotVerifiedError,
  InvalidCredentialsError,
} from '../../../../domain/identity.errors';
import { loginAttemptKey } from '../../../../domain/login-lockout';
import { EmailVerificationResender } from '../../../../application/services/email-verification-resender';
import {
  anActiveCandidate,
  aPendingCandidate,
  aStaffMember,
  aThirdParty,
  FakePasswordHasher,
  GOOD_PASSWORD,
  identityMailer,
  InMemoryAccessTokens,
  InMemoryAccounts,
  InMemoryLoginAttempts,
  InMemoryOneTimeTokens,
  loginGuard,
} from '../../../../application/testing/in-memory-identity';
import { AccessTokenIssuer } from '../../services/access-token-issuer';
import { LogIn } from './log-in.command';
import { LogInHandler } from './log-in.handler';

/** Counts verifications: an unknown address must cost one, as a known one does. */
class CountingPasswordHasher extends FakePasswordHasher {
  verified = 0;
  override async verify(hash: string, password: string) {
    this.verified++;
    return super.verify(hash, password);
  }
}

describe('LogInHandler', () => {
  const now = new Date('2026-11-30T09:00:00Z');
  const actor = { accountId: null, ip: '192.0.2.7' };
  const setUp = () => {
    const accounts = new InMemoryAccounts();
    const attempts = new InMemoryLoginAttempts();
    const accessTokens = new InMemoryAccessTokens();
    const oneTimeTokens = new InMemoryOneTimeTokens();
    const { outbox, emails } = recordingEmailOutbox();
    const audit = new RecordingAuditLog();
    const uow = new RecordingUnitOfWork(accounts);
    const clock = clockAt(now.toISOString());
    const hasher = new CountingPasswordHasher();
    const handler = new LogInHandler(
      hasher,
      loginGuard({ uow, accounts, attempts, audit, clock, tokens: accessTokens }),
      new EmailVerificationResender(uow, accounts, oneTimeTokens, identityMailer(emails), clock),
      new AccessTokenIssuer(accessTokens, audit, clock),
    );
    return { accounts, attempts, accessTokens, oneTimeTokens, outbox, audit, hasher, handler };
  };
  const logIn = (email: string, password: string, more: { totp?: string; issueToken?: boolean } = {}) =>
    new LogIn({ email, password, ...more }, actor);

  it('lets an active account in, records the login and issues a token when asked', async () => {
    const { accounts, accessTokens, attempts, handler } = setUp();
    const candidate = anActiveCandidate();
    accounts.has(candidate);
    await attempts.recordFailure(loginAttemptKey(candidate.email), now, {
      maxConsecutiveFailures: 10,
      lockMinutes: 15,
    });

    const result = await handler.execute(
      logIn(` ${candidate.email.toUpperCase()} `, GOOD_PASSWORD, { issueToken: true }),
    );

    expect(result).toMatchObject({ accountId: candidate.id, role: 'candidate', secondFactor: 'none' });
    expect(result.token).toBeDefined();
    expect(accessTokens.all).toHaveLength(1);
    expect(candidate.lastLoginAt).toEqual(now);
    expect(attempts.failures.size).toBe(0);
  });

  it('answers a wrong password and an unknown address alike, and counts both', async () => {
    const { accounts, attempts, handler } = setUp();
    accounts.has(anActiveCandidate());

    await expect(handler.execute(logIn(anActiveCandidate().email, 'wrong password'))).rejects.toBeInstanceOf(
      InvalidCredentialsError,
    );
    await expect(handler.execute(logIn('nobody@example.test', GOOD_PASSWORD))).rejects.toBeInstanceOf(
      InvalidCredentialsError,
    );
    expect(attempts.failures.size).toBe(2);
  });

  it('verifies a password for an unknown address too, so both answers take as long', async () => {
    const { accounts, hasher, handler } = setUp();
    accounts.has(anActiveCandidate());

    await expect(handler.execute(logIn(anActiveCandidate().email, 'wrong password'))).rejects.toThrow();
    await expect(handler.execute(logIn('nobody@example.test', 'wrong password'))).rejects.toThrow();
    expect(hasher.verified).toBe(2);
  });

  it('refuses a locked address even with the right password, without hashing, and records nothing', async () => {
    const { accounts, attempts, audit, hasher, handler } = setUp();
    const candidate = anActiveCandidate();
    accounts.has(candidate);
    await attempts.recordFailure(loginAttemptKey(candidate.email), now, {
      maxConsecutiveFailures: 1,
      lockMinutes: 15,
    });

    await expect(handler.execute(logIn(candidate.email, GOOD_PASSWORD))).rejects.toMatchObject({
      retryAfterSeconds: 15 * 60,
    });
    expect(hasher.verified).toBe(0);
    expect(candidate.lastLoginAt).toBeNull();
    expect(audit.entries).toEqual([]);
  });

  it('with the right password, refuses an account not usable yet; an unconfirmed address gets a new link', async () => {
    const { accounts, outbox, handler } = setUp();
    const pending = aPendingCandidate();
    const thirdParty = aThirdParty({ verified: false });
    accounts.has(pending, thirdParty);

    await expect(handler.execute(logIn(pending.email, GOOD_PASSWORD))).rejects.toBeInstanceOf(
      AccountPendingError,
    );
    await expect(handler.execute(logIn(thirdParty.email, GOOD_PASSWORD))).rejects.toBeInstanceOf(
      EmailNotVerifiedError,
    );
    expect(outbox.emails().map((email) => email.to)).toEqual([thirdParty.email]);
  });

  it('asks staff for the second factor before letting them in', async () => {
    const { accounts, handler } = setUp();
    const staff = aStaffMember();
    accounts.has(staff);

    const first = await handler.execute(logIn(staff.email, GOOD_PASSWORD));
    expect(first.secondFactor).toMatch(/^(required|enrolment)$/);
    expect(staff.lastLoginAt).toBeNull();
  });
});
