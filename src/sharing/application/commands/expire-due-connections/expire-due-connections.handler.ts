import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../shared/domain';
import { DueConnections, DueConnectionsOutcome } from '../../ports/due-connections';
import { ExpireDueConnections } from './expire-due-connections.command';

/** How long before expiry the candidate is reminded. */
export const REMINDER_DAYS = 7;

@CommandHandler(ExpireDueConnections)
export class ExpireDueConnectionsHandler implements ICommandHandler<ExpireDueConnections> {
  constructor(
    private readonly due: DueConnections,
    private readonly clock: Clock,
  ) {}

  execute(): Promise<DueConnectionsOutcome> {
    return this.due.process({
      now: this.clock.now(),
      reminderDays: REMINDER_DAYS,
      expiredEmails: [
        { to: 'candidate', template: 'sharing-expired', subject: 'Your connection with %s has expired' },
        {
          to: 'third_party',
          template: 'sharing-expired',
          subject: 'Your access to the documents of %s has expired',
        },
      ],
      reminderEmails: [
        {
          to: 'candidate',
          template: 'sharing-expiry-reminder',
          subject: 'Your connection with %s expires soon',
        },
      ],
    });
  }
}
