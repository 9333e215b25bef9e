import { clockAt, RecordingUnitOfWork } from '../../../../../shared/application/testing';
import { OneTimeToken } from '../../../../domain/one-time-token';
import {
  aThirdParty,
  InMemoryAccounts,
  InMemoryOneTimeTokens,
} from '../../../../application/testing/in-memory-identity';
import { CheckPasswordLink } from './check-password-link.query';
import { CheckPasswordLinkHandler } from './check-password-link.handler';

describe('CheckPasswordLinkHandler', () => {
  const issuedAt = new Date('2026-11-30T09:00:00Z');

  const setUp = async (at: string) => {
    const account = aThirdParty({ id: 'tp-1' });
    const accounts = new InMemoryAccounts().has(account);
    const tokens = new InMemoryOneTimeTokens();
    const link = OneTimeToken.issue(account.id, 'password_reset', account.email, issuedAt);
    await tokens.add(link.record);
    const handler = new CheckPasswordLinkHandler(
      new RecordingUnitOfWork(accounts),
      accounts,
      tokens,
      clockAt(at),
    );
    return { handler, link, tokens };
  };

  it('finds a fresh link usable, and does not use it up', async () => {
    const { handler, link } = await setUp('2026-11-30T09:30:00Z');
    expect(await handler.execute(new CheckPasswordLink(link.token))).toEqual({ usable: true });
    expect(await handler.execute(new CheckPasswordLink(link.token))).toEqual({ usable: true });
  });

  it('finds an expired, a used, an unknown and an empty link unusable', async () => {
    const late = await setUp('2026-11-30T11:00:00Z');
    expect(await late.handler.execute(new CheckPasswordLink(late.link.token))).toEqual({ usable: false });

    const used = await setUp('2026-11-30T09:30:00Z');
    used.link.record.consume(new Date('2026-11-30T09:20:00Z'));
    expect(await used.handler.execute(new CheckPasswordLink(used.link.token))).toEqual({ usable: false });
    expect(await used.handler.execute(new CheckPasswordLink('no-such-link'))).toEqual({ usable: false });
    expect(await used.handler.execute(new CheckPasswordLink(''))).toEqual({ usable: false });
  });
});
