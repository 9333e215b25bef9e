import { Command } from '@nestjs/cqrs';

/**
 * The candidate's login email changed: their connections keep the new address, so expiry notices,
 * reminders and replies go where the candidate now reads mail. Idempotent.
 */
export class FollowCandidateEmail extends Command<{ updated: number }> {
  constructor(
    readonly candidateAccountId: string,
    readonly email: string,
  ) {
    super();
  }
}
