import { Command } from '@nestjs/cqrs';
import { RequestActor } from '../../../../../shared/application/audit-log';

/** Revokes the bearer token the client presented (its logout). */
export class RevokeAccessToken extends Command<void> {
  constructor(
    readonly token: string,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
