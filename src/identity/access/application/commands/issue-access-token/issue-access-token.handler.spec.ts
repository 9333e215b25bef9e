import { clockAt, RecordingAuditLog, RecordingUnitOfWork } from '../../../../../shared/application/testing';
import { AccountNotFoundError } from '../../../../domain/identity.errors';
import { hashSecretToken } from '../../../../domain/secret-token';
import {
  anActiveCandidate,
  InMemoryAccessTokens,
  InMemoryAccounts,
} from '../../../../application/testing/in-memory-identity';
import { AccessTokenIssuer } from '../../services/access-token-issuer';
import { IssueAccessToken } from './issue-access-token.command';
import { IssueAccessTokenHandler } from './issue-access-token.handler';

describe('IssueAccessTokenHandler', () => {
  const now = new Date('2026-11-30T09:00:00Z');
  const setUp = () => {
    const accounts = new InMemoryAccounts();
    const tokens = new InMemoryAccessTokens();
    const audit = new RecordingAuditLog();
    const handler = new IssueAccessTokenHandler(
      new RecordingUnitOfWork(accounts),
      accounts,
      new AccessTokenIssuer(tokens, audit, clockAt(now.toISOString())),
    );
    return { accounts, tokens, audit, handler };
  };

  it('issues an opaque token for the account, keeps only its hash, and audits it', async () => {
    const { accounts, tokens, audit, handler } = setUp();
    const candidate = anActiveCandidate();
    accounts.has(candidate);

    const issued = await handler.execute(
      new IssueAccessToken(candidate.id, { accountId: candidate.id, ip: null }),
    );

    expect(tokens.all).toEqual([
      expect.objectContaining({ accountId: candidate.id, tokenHash: hashSecretToken(issued.accessToken) }),
    ]);
    expect(issued.expiresAt.getTime()).toBeGreaterThan(now.getTime());
    expect(audit.entries.map((entry) => entry.action)).toEqual(['identity.token-issued']);
  });

  it('refuses an unknown account', async () => {
    const { handler } = setUp();
    await expect(
      handler.execute(new IssueAccessToken('nobody', { accountId: null, ip: null })),
    ).rejects.toBeInstanceOf(AccountNotFoundError);
  });
});
