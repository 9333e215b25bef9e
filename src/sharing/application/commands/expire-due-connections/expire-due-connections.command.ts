import { Command } from '@nestjs/cqrs';
import { DueConnectionsOutcome } from '../../ports/due-connections';

/** The scheduled tick: expire due connections and remind candidates of those about to expire. */
export class ExpireDueConnections extends Command<DueConnectionsOutcome> {}
