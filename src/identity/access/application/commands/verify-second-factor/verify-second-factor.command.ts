import { Command } from '@nestjs/cqrs';
import { RequestActor } from '../../../../../shared/application/audit-log';
import { LoginResult } from '../../views/login-result';

/** The second step of a staff login on the web: the TOTP code (which also completes enrolment). */
export class VerifySecondFactor extends Command<LoginResult> {
  constructor(
    readonly accountId: string,
    readonly code: string,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
