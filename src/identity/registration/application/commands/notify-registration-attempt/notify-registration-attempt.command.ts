import { Command } from '@nestjs/cqrs';

/**
 * The web registration forms never say that an address is taken (no account enumeration): they show the
 * usual "check your email" page and this tells the address's owner instead.
 */
export class NotifyRegistrationAttempt extends Command<void> {
  constructor(readonly email: string) {
    super();
  }
}
