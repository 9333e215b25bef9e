import { clockAt, RecordingAuditLog, RecordingUnitOfWork } from '../../../../../shared/application/testing';
import { AccessToken } from '../../../../domain/access-token';
import { InMemoryAccessTokens } from '../../../../application/testing/in-memory-identity';
import { RevokeAccessToken } from './revoke-access-token.command';
import { RevokeAccessTokenHandler } from './revoke-access-token.handler';

describe('RevokeAccessTokenHandler', () => {
  const issuedAt = new Date('2026-11-30T08:00:00Z');
  const now = new Date('2026-11-30T09:00:00Z');
  const setUp = () => {
    const tokens = new InMemoryAccessTokens();
    const audit = new RecordingAuditLog();
    const handler = new RevokeAccessTokenHandler(
      new RecordingUnitOfWork(),
      tokens,
      audit,
      clockAt(now.toISOString()),
    );
    return { tokens, audit, handler };
  };

  it('revokes the presented token and audits it for its account', async () => {
    const { tokens, audit, handler } = setUp();
    const { accessToken, token } = AccessToken.issue('acc-1', issuedAt);
    await tokens.add(accessToken);

    await handler.execute(new RevokeAccessToken(token, { accountId: 'acc-1', ip: '192.0.2.1' }));

    expect(accessToken.revokedAt).toEqual(now);
    expect(audit.entries).toEqual([
      expect.objectContaining({
        actorId: 'acc-1',
        action: 'identity.token-revoked',
        targetId: accessToken.id,
      }),
    ]);
  });

  it('does nothing, and says nothing, for an unknown or already revoked token', async () => {
    const { tokens, audit, handler } = setUp();
    const { accessToken, token } = AccessToken.issue('acc-1', issuedAt);
    accessToken.revoke(issuedAt);
    await tokens.add(accessToken);

    await handler.execute(new RevokeAccessToken(token, { accountId: null, ip: null }));
    await handler.execute(new RevokeAccessToken('not-a-token', { accountId: null, ip: null }));

    expect(accessToken.revokedAt).toEqual(issuedAt);
    expect(audit.entries).toEqual([]);
  });
});
