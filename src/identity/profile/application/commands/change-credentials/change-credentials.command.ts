import { Command } from '@nestjs/cqrs';
import { RequestActor } from '../../../../../shared/application/audit-log';

export interface ChangeCredentialsResult {
  /** Set when the password changed: sessions that began before it have ended (refresh the current one). */
  sessionsValidAfter: Date | null;
  /** Set when a new address waits for its owner to follow the link sent to it. */
  emailChangePendingTo: string | null;
}

/**
 * Changes the password and/or the email address (username); the current password is required.
 * A new password ends the account's other sessions and tokens; a new address takes effect when confirmed.
 */
export class ChangeCredentials extends Command<ChangeCredentialsResult> {
  constructor(
    readonly accountId: string,
    readonly input: { currentPassword: string; newEmail?: string | null; newPassword?: string | null },
    /** The bearer token making the change, which stays valid; null when the change comes from a web session. */
    readonly currentTokenId: string | null,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
