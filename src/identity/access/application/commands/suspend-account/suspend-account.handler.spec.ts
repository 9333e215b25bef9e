import { clockAt, RecordingAuditLog, RecordingUnitOfWork } from '../../../../../shared/application/testing';
import {
  AccountNotActiveError,
  AccountNotFoundError,
  StaffNotSuspendableError,
} from '../../../../domain/identity.errors';
import {
  anActiveCandidate,
  aPendingCandidate,
  aStaffMember,
  InMemoryAccounts,
} from '../../../../application/testing/in-memory-identity';
import { SuspendAccount } from './suspend-account.command';
import { SuspendAccountHandler } from './suspend-account.handler';

describe('SuspendAccountHandler', () => {
  const actor = { accountId: 'staff-1', ip: '192.0.2.1' };
  const now = new Date('2026-11-30T09:00:00Z');
  const setUp = () => {
    const accounts = new InMemoryAccounts();
    const audit = new RecordingAuditLog();
    const uow = new RecordingUnitOfWork(accounts);
    const handler = new SuspendAccountHandler(uow, accounts, audit, clockAt(now.toISOString()));
    return { accounts, audit, uow, handler };
  };

  it('suspends an active account, ends its sessions from now, records the event and audits it', async () => {
    const { accounts, audit, uow, handler } = setUp();
    const candidate = anActiveCandidate();
    accounts.has(candidate);

    expect(await handler.execute(new SuspendAccount(candidate.id, actor))).toEqual({
      accountId: candidate.id,
      status: 'suspended',
    });

    expect(candidate).toMatchObject({ status: 'suspended', sessionsValidAfter: now });
    expect(uow.eventNames()).toEqual(['identity.account-suspended']);
    expect(audit.entries).toEqual([
      expect.objectContaining({
        actorId: 'staff-1',
        action: 'identity.account-suspended',
        targetId: candidate.id,
      }),
    ]);
  });

  it('refuses staff, accounts not active and unknown accounts, and audits nothing', async () => {
    const { accounts, audit, handler } = setUp();
    const staff = aStaffMember();
    const pending = aPendingCandidate();
    accounts.has(staff, pending);

    await expect(handler.execute(new SuspendAccount(staff.id, actor))).rejects.toBeInstanceOf(
      StaffNotSuspendableError,
    );
    await expect(handler.execute(new SuspendAccount(pending.id, actor))).rejects.toBeInstanceOf(
      AccountNotActiveError,
    );
    await expect(handler.execute(new SuspendAccount('nobody', actor))).rejects.toBeInstanceOf(
      AccountNotFoundError,
    );
    expect(audit.entries).toEqual([]);
  });
});
