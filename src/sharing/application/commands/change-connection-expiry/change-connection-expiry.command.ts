import { Command } from '@nestjs/cqrs';

/** Extend or reduce how long the third party may look. */
export class ChangeConnectionExpiry extends Command<void> {
  constructor(
    readonly candidateAccountId: string,
    readonly connectionId: string,
    readonly expiresAt: Date,
  ) {
    super();
  }
}
