import { Command } from '@nestjs/cqrs';
import { RequestActor } from '../../../../../shared/application/audit-log';

/** Staff stop a candidate's or third party's account: no login, and its sessions and tokens end at once. */
export class SuspendAccount extends Command<{ accountId: string; status: 'suspended' }> {
  constructor(
    readonly accountId: string,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
