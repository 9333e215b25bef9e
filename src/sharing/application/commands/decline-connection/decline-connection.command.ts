import { Command } from '@nestjs/cqrs';

/** The candidate says no to a third party's request. */
export class DeclineConnection extends Command<void> {
  constructor(
    readonly candidateAccountId: string,
    readonly connectionId: string,
  ) {
    super();
  }
}
