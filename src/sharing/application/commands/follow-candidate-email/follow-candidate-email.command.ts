import { Command } from '@nestjs/cqrs';

/**
 * An account's login email changed: its connections keep the new address, so expiry notices,
 * reminders and replies go where the candidate (or the third party, whose connections stay bound to
 * its account, docs/adr/0009) now reads mail. Idempotent.
 */
export class FollowCandidateEmail extends Command<{ updated: number }> {
  constructor(
    readonly candidateAccountId: string,
    readonly email: string,
  ) {
    super();
  }
}
