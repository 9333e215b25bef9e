import { Command } from '@nestjs/cqrs';
import { RequestActor } from '../../../../../shared/application/audit-log';
import { LoginResult } from '../../views/login-result';

/**
 * Checks an email and password (and, when given, a TOTP code). Failures are counted per address typed
 * and lock it for a while; every failure gives the same answer whether or not the account exists.
 * With `issueToken`, a complete sign-in also issues an API bearer token in the same transaction.
 */
export class LogIn extends Command<LoginResult> {
  constructor(
    readonly input: { email: string; password: string; totp?: string; issueToken?: boolean },
    readonly actor: RequestActor,
  ) {
    super();
  }
}
