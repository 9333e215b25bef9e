import { Command } from '@nestjs/cqrs';

/** The candidate ends a connection; the third party's access ends at once. */
export class DeleteConnection extends Command<void> {
  constructor(
    readonly candidateAccountId: string,
    readonly connectionId: string,
  ) {
    super();
  }
}
