import { Command } from '@nestjs/cqrs';

/** Sends a fresh confirmation link to an unconfirmed address; silently does nothing otherwise. */
export class ResendEmailVerification extends Command<void> {
  constructor(readonly email: string) {
    super();
  }
}
