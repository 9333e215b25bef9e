import { Command } from '@nestjs/cqrs';

/** Removes the profile photo (nothing to do when there is none). */
export class RemoveProfilePhoto extends Command<void> {
  constructor(readonly accountId: string) {
    super();
  }
}
