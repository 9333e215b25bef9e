import { Command } from '@nestjs/cqrs';
import { RequestActor } from '../../../../../shared/application/audit-log';

/** Staff lift a suspension: the account can log in again (its old sessions stay ended). */
export class ReinstateAccount extends Command<{ accountId: string; status: 'active' }> {
  constructor(
    readonly accountId: string,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
