import { Query } from '@nestjs/cqrs';

export interface StaffMemberView {
  accountId: string;
  email: string;
  firstName: string;
  surname: string;
  /** False until an invited colleague sets a password and enrols the authenticator app. */
  setUp: boolean;
  lastLoginAt: Date | null;
}

/** Every staff account, by name. */
export class ListStaffAccounts extends Query<StaffMemberView[]> {}
