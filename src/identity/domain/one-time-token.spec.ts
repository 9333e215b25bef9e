import { InvalidTokenError } from './identity.errors';
import { OneTimeToken } from './one-time-token';
import { hashSecretToken } from './secret-token';

const now = new Date('2026-11-29T10:00:00Z');

describe('OneTimeToken', () => {
  it('keeps only the hash of a random 32-byte token', () => {
    const { record, token } = OneTimeToken.issue('a1', 'password_reset', 'a@example.com', now);
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(record.tokenHash).toBe(hashSecretToken(token));
    expect(record.tokenHash).not.toContain(token);
  });

  it('a reset link lasts one hour and works once', () => {
    const { record } = OneTimeToken.issue('a1', 'password_reset', 'a@example.com', now);
    expect(record.expiresAt.getTime() - now.getTime()).toBe(60 * 60 * 1000);
    record.consume(new Date(now.getTime() + 1000));
    expect(() => record.consume(new Date(now.getTime() + 2000))).toThrow(InvalidTokenError);
  });

  it('an expired link is refused', () => {
    const { record } = OneTimeToken.issue('a1', 'password_reset', 'a@example.com', now);
    expect(() => record.consume(new Date(now.getTime() + 60 * 60 * 1000))).toThrow(InvalidTokenError);
  });
});
