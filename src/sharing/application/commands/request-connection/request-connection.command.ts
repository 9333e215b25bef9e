import { Command } from '@nestjs/cqrs';

/**
 * A third party asks a candidate, named by candidate number, surname and date of birth, for a
 * connection. The outcome is never told to the asker (no way to learn who is a candidate).
 */
export class RequestConnection extends Command<void> {
  constructor(
    readonly thirdPartyAccountId: string,
    readonly candidateNumber: string,
    readonly surname: string,
    readonly dateOfBirth: string,
    readonly message: string | null,
  ) {
    super();
  }
}
