import { Command } from '@nestjs/cqrs';

export interface ProfileChanges {
  firstName?: string;
  surname?: string;
  telephone?: string | null;
  mobile?: string | null;
  dateOfBirth?: string | null;
  /** A network with an empty link removes it; networks not named are left alone. */
  social?: Record<string, string | null>;
}

/** Changes the account's personal details. */
export class UpdateProfile extends Command<void> {
  constructor(
    readonly accountId: string,
    readonly changes: ProfileChanges,
  ) {
    super();
  }
}
