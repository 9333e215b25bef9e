import { Command } from '@nestjs/cqrs';
import { RequestActor } from '../../../../shared/application/audit-log';
import { Role } from '../../../domain/account';

/** Issues an API bearer token to an account that has just proved its credentials (LogIn). */
export class IssueAccessToken extends Command<{ accessToken: string; expiresAt: Date; role: Role }> {
  constructor(
    readonly accountId: string,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
