import { Command } from '@nestjs/cqrs';
import { RequestActor } from '../../../../../shared/application/audit-log';

export interface CreateStaffAccountResult {
  accountId: string;
  /** Only when an operator set the account up (command line): the secret and otpauth:// URL to print. */
  totpSecret: string | null;
  enrolmentUri: string | null;
}

/**
 * A staff account. From the command line (`staff:create`, the first one) the operator gives the password
 * and gets the TOTP secret; from the staff pages the new member is emailed a link to set a password and
 * enrols the authenticator app at first login.
 */
export class CreateStaffAccount extends Command<CreateStaffAccountResult> {
  constructor(
    readonly input: {
      email: string;
      firstName: string;
      surname: string;
      /** Given by an operator on the command line; absent when staff invite a colleague. */
      password?: string;
      /** A base32 secret to use instead of a new random one (command line only). */
      totpSecret?: string;
    },
    readonly actor: RequestActor,
  ) {
    super();
  }
}
