import { Command } from '@nestjs/cqrs';
import { RequestActor } from '../../../../../shared/application/audit-log';

/** The owner followed an emailed link: confirms their address, or the new address they asked for. */
export class VerifyEmail extends Command<{ accountId: string }> {
  constructor(
    readonly token: string,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
