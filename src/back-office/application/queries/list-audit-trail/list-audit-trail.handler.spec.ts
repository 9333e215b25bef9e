import { GetAccountSummaries } from '../../../../identity/identity.public';
import { AuditEntries } from '../../services/audit-entries';
import { AnsweringBus, anAuditEvent, ListedAuditLog } from '../../testing/in-memory-back-office';
import { ListAuditTrailHandler } from './list-audit-trail.handler';
import { ListAuditTrail } from './list-audit-trail.query';

describe('ListAuditTrailHandler', () => {
  const staff = { accountId: 'staff-1', displayName: 'Sam Staff' };

  it('names each actor once for the whole page, and writes the details that say something as text', async () => {
    const events = [
      anAuditEvent({ id: 'e1' }),
      anAuditEvent({ id: 'e2', details: { rows: 3, reason: ' ' } }),
      anAuditEvent({ id: 'e3', actorId: null, action: 'sharing.connection-expired', details: {} }),
      anAuditEvent({ id: 'e4', actorId: 'gone-1' }),
    ];
    const bus = new AnsweringBus(() => [staff]);
    const handler = new ListAuditTrailHandler(
      new ListedAuditLog(events, 4),
      new AuditEntries(bus.asQueryBus()),
    );

    const { items, total } = await handler.execute(new ListAuditTrail({ page: 1, pageSize: 20 }));

    expect(total).toBe(4);
    expect(items.map(({ id, actorName, detailText }) => ({ id, actorName, detailText }))).toEqual([
      { id: 'e1', actorName: 'Sam Staff', detailText: 'candidateNumber: A1234567' },
      { id: 'e2', actorName: 'Sam Staff', detailText: 'rows: 3' },
      { id: 'e3', actorName: 'The system', detailText: '' },
      { id: 'e4', actorName: 'A removed account', detailText: 'candidateNumber: A1234567' },
    ]);
    expect(bus.sent).toEqual([new GetAccountSummaries(['staff-1', 'gone-1'], [])]);
  });

  it('asks for no names when no one acted', async () => {
    const bus = new AnsweringBus(() => []);
    const handler = new ListAuditTrailHandler(new ListedAuditLog([]), new AuditEntries(bus.asQueryBus()));

    expect(await handler.execute(new ListAuditTrail({ page: 1, pageSize: 20 }))).toEqual({
      items: [],
      total: 0,
    });
    expect(bus.sent).toEqual([]);
  });
});
