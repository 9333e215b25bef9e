import { anAuditEvent, ListedAuditLog } from '../../testing/in-memory-back-office';
import { ListAuditEventsHandler } from './list-audit-events.handler';
import { ListAuditEvents } from './list-audit-events.query';

describe('ListAuditEventsHandler', () => {
  it('gives the page of the trail the filter asks for, as recorded, with the count of all that match', async () => {
    const event = anAuditEvent();
    const audit = new ListedAuditLog([event], 41);
    const filter = { page: 2, pageSize: 20, action: 'identity.registration-approved' };

    const listed = await new ListAuditEventsHandler(audit).execute(new ListAuditEvents(filter));

    expect(listed).toEqual({ items: [event], total: 41 });
    expect(audit.asked).toEqual([filter]);
  });
});
