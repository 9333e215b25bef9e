import { Command } from '@nestjs/cqrs';
import { RequestActor } from '../../../../../shared/application/audit-log';

/** A staff member removes a colleague's account (never their own, never the last one). */
export class RemoveStaffAccount extends Command<void> {
  constructor(
    readonly accountId: string,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
