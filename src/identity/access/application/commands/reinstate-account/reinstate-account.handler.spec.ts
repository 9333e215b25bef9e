import { clockAt, RecordingAuditLog, RecordingUnitOfWork } from '../../../../../shared/application/testing';
import { AccountNotFoundError, AccountNotSuspendedError } from '../../../../domain/identity.errors';
import { anActiveCandidate, InMemoryAccounts } from '../../../../application/testing/in-memory-identity';
import { ReinstateAccount } from './reinstate-account.command';
import { ReinstateAccountHandler } from './reinstate-account.handler';

describe('ReinstateAccountHandler', () => {
  const actor = { accountId: 'staff-1', ip: '192.0.2.1' };
  const suspendedAt = new Date('2026-11-29T09:00:00Z');
  const now = new Date('2026-11-30T09:00:00Z');
  const setUp = () => {
    const accounts = new InMemoryAccounts();
    const audit = new RecordingAuditLog();
    const uow = new RecordingUnitOfWork(accounts);
    const handler = new ReinstateAccountHandler(uow, accounts, audit, clockAt(now.toISOString()));
    return { accounts, audit, uow, handler };
  };

  it('lifts a suspension, keeps the old sessions ended, records the event and audits it', async () => {
    const { accounts, audit, uow, handler } = setUp();
    const candidate = anActiveCandidate();
    candidate.suspend(suspendedAt);
    candidate.pullDomainEvents();
    accounts.has(candidate);

    expect(await handler.execute(new ReinstateAccount(candidate.id, actor))).toEqual({
      accountId: candidate.id,
      status: 'active',
    });

    expect(candidate).toMatchObject({ status: 'active', sessionsValidAfter: suspendedAt });
    expect(uow.eventNames()).toEqual(['identity.account-reinstated']);
    expect(audit.entries).toEqual([
      expect.objectContaining({ action: 'identity.account-reinstated', targetId: candidate.id }),
    ]);
  });

  it('refuses an account that is not suspended, and one that does not exist', async () => {
    const { accounts, audit, handler } = setUp();
    const candidate = anActiveCandidate();
    accounts.has(candidate);

    await expect(handler.execute(new ReinstateAccount(candidate.id, actor))).rejects.toBeInstanceOf(
      AccountNotSuspendedError,
    );
    await expect(handler.execute(new ReinstateAccount('nobody', actor))).rejects.toBeInstanceOf(
      AccountNotFoundError,
    );
    expect(audit.entries).toEqual([]);
  });
});
