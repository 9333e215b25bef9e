import { Command } from '@nestjs/cqrs';

/** Brings an achievement's credentials' revocation bits in line with the achievement as it is now. */
export class UpdateCredentialStatus extends Command<void> {
  constructor(readonly certificateNumber: string) {
    super();
  }
}

export const UPDATE_CREDENTIAL_STATUS_TOPIC = 'achievements.update-credential-status';
