import { Command } from '@nestjs/cqrs';
import { RequestActor } from '../../../../../shared/application/audit-log';

export interface ThirdPartyRegistrationInput {
  email: string;
  password?: string;
  passwordHash?: string;
  firstName: string;
  surname: string;
  company: string;
  telephone?: string | null;
}

/** An employer, college or training provider registers; they verify their email before first login. */
export class RegisterThirdParty extends Command<{ accountId: string; status: 'pending_email_verification' }> {
  constructor(
    readonly input: ThirdPartyRegistrationInput,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
