import { Command } from '@nestjs/cqrs';

/**
 * A third party has proved its email address (after registering from an invitation, or changing
 * address): the connections invited at that address come into force for its account. Idempotent.
 */
export class ActivateInvitations extends Command<{ activated: number }> {
  constructor(
    readonly thirdPartyAccountId: string,
    readonly email: string,
  ) {
    super();
  }
}
