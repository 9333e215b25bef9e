import { Command } from '@nestjs/cqrs';

/**
 * A candidate's name or photo changed (as of `changedAt`): their connections keep the new name and
 * whether there is a photo, so a third party's lists and the expiry notices show them without asking
 * Identity on every view. Idempotent, and an older change never overwrites a newer one.
 */
export class FollowCandidateProfile extends Command<{ updated: number }> {
  constructor(
    readonly candidateAccountId: string,
    readonly profile: { name: string; hasPhoto: boolean; changedAt: Date },
  ) {
    super();
  }
}
