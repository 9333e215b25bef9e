import { RecordingAuditLog, RecordingUnitOfWork } from '../../../../../shared/application/testing';
import {
  AccountNotFoundError,
  CannotRemoveSelfError,
  LastStaffMemberError,
} from '../../../../domain/identity.errors';
import {
  anActiveCandidate,
  aStaffMember,
  InMemoryAccounts,
} from '../../../../application/testing/in-memory-identity';
import { RemoveStaffAccount } from './remove-staff-account.command';
import { RemoveStaffAccountHandler } from './remove-staff-account.handler';

describe('RemoveStaffAccountHandler', () => {
  const setUp = () => {
    const accounts = new InMemoryAccounts();
    const audit = new RecordingAuditLog();
    const handler = new RemoveStaffAccountHandler(new RecordingUnitOfWork(accounts), accounts, audit);
    return { accounts, audit, handler };
  };

  it('removes a colleague’s account and audits it with the address it had', async () => {
    const { accounts, audit, handler } = setUp();
    const me = aStaffMember({ id: 'staff-me', email: 'me@staff.example' });
    const colleague = aStaffMember({ id: 'staff-2', email: 'kim@staff.example' });
    accounts.has(me, colleague);

    await handler.execute(new RemoveStaffAccount(colleague.id, { accountId: me.id, ip: null }));

    expect(await accounts.byId(colleague.id)).toBeNull();
    expect(audit.entries).toEqual([
      expect.objectContaining({
        actorId: me.id,
        action: 'identity.staff-account-removed',
        targetId: colleague.id,
        details: { email: 'kim@staff.example' },
      }),
    ]);
  });

  it('refuses removing oneself, the last staff member, and an account that is not staff', async () => {
    const { accounts, audit, handler } = setUp();
    const me = aStaffMember({ id: 'staff-me' });
    const candidate = anActiveCandidate();
    accounts.has(me, candidate);
    const byMe = { accountId: me.id, ip: null };

    await expect(handler.execute(new RemoveStaffAccount(me.id, byMe))).rejects.toBeInstanceOf(
      CannotRemoveSelfError,
    );
    await expect(
      handler.execute(new RemoveStaffAccount(me.id, { accountId: 'someone-else', ip: null })),
    ).rejects.toBeInstanceOf(LastStaffMemberError);
    await expect(handler.execute(new RemoveStaffAccount(candidate.id, byMe))).rejects.toBeInstanceOf(
      AccountNotFoundError,
    );
    expect(await accounts.byId(me.id)).not.toBeNull();
    expect(audit.entries).toEqual([]);
  });
});
