import { Command } from '@nestjs/cqrs';
import { RequestActor } from '../../../../../shared/application/audit-log';
import { IssuedAccessToken } from '../../views/issued-access-token';

/**
 * Issues an API bearer token to an account whose credentials were proved by other means (the API login
 * issues its own token inside LogIn, `issueToken: true`).
 */
export class IssueAccessToken extends Command<IssuedAccessToken> {
  constructor(
    readonly accountId: string,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
