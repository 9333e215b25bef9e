import { clockAt } from '../../../../shared/application/testing';
import { DueConnections, DueConnectionsOutcome, DueConnectionsPlan } from '../../ports/due-connections';
import { ExpireDueConnectionsHandler, REMINDER_DAYS } from './expire-due-connections.handler';

/** Keeps the plan it is given; the SQL that carries it out is covered on real Postgres (test/integration). */
class RecordingDueConnections extends DueConnections {
  readonly plans: DueConnectionsPlan[] = [];

  async process(plan: DueConnectionsPlan): Promise<DueConnectionsOutcome> {
    this.plans.push(plan);
    return { ran: true, expired: 2, reminded: 1, emails: 5 };
  }
}

describe('ExpireDueConnectionsHandler', () => {
  it('asks for what is due now: expired connections email both sides, reminders the candidate only, a week ahead', async () => {
    const due = new RecordingDueConnections();
    const handler = new ExpireDueConnectionsHandler(due, clockAt('2026-11-30T09:00:00Z'));

    expect(await handler.execute()).toEqual({ ran: true, expired: 2, reminded: 1, emails: 5 });
    expect(REMINDER_DAYS).toBe(7);
    expect(due.plans).toEqual([
      {
        now: new Date('2026-11-30T09:00:00Z'),
        reminderDays: 7,
        expiredEmails: [
          expect.objectContaining({ to: 'candidate', template: 'sharing-expired' }),
          expect.objectContaining({ to: 'third_party', template: 'sharing-expired' }),
        ],
        reminderEmails: [expect.objectContaining({ to: 'candidate', template: 'sharing-expiry-reminder' })],
      },
    ]);
    // Each subject names the other party once (postgres format()).
    for (const email of [...due.plans[0].expiredEmails, ...due.plans[0].reminderEmails])
      expect(email.subject.match(/%s/g)).toHaveLength(1);
  });
});
