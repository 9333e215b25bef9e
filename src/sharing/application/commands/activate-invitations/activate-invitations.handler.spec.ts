import { clockAt, RecordingUnitOfWork } from '../../../../shared/application/testing';
import { aSharedConnection, InMemoryConnections } from '../../testing/in-memory-sharing';
import { ActivateInvitations } from './activate-invitations.command';
import { ActivateInvitationsHandler } from './activate-invitations.handler';

describe('ActivateInvitationsHandler', () => {
  const now = new Date('2026-11-30T09:00:00Z');
  const invitedAt = (email: string) =>
    aSharedConnection({
      thirdParty: { firstName: 'New', surname: 'Reader', email, company: 'Newco' },
      thirdPartyAccountId: null,
    });

  it('brings the invitations at the proved address into force for the new account, and only those', async () => {
    const connections = new InMemoryConnections();
    const mine = invitedAt('New.Reader@Newco.example');
    const other = invitedAt('someone@else.example');
    connections.add(mine);
    connections.add(other);
    const uow = new RecordingUnitOfWork(connections);
    const handler = new ActivateInvitationsHandler(uow, connections, clockAt(now.toISOString()));

    expect(await handler.execute(new ActivateInvitations('tp-new', 'new.reader@newco.example'))).toEqual({
      activated: 1,
    });
    expect(mine).toMatchObject({ status: 'active', thirdPartyAccountId: 'tp-new', updatedAt: now });
    expect(other).toMatchObject({ status: 'invited', thirdPartyAccountId: null });
    expect(uow.eventNames()).toEqual(['sharing.connection-activated']);

    // Idempotent: proving the address again finds nothing left to activate.
    expect(await handler.execute(new ActivateInvitations('tp-new', 'new.reader@newco.example'))).toEqual({
      activated: 0,
    });
    expect(uow.eventNames()).toHaveLength(1);
  });
});
