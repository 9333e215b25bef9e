import { Query } from '@nestjs/cqrs';
import { AccountStatus, Role, SocialLinks } from '../../../../domain/account';

/** What support staff see of an account: status and profile, never a secret. */
export interface StaffAccountView {
  accountId: string;
  role: Role;
  status: AccountStatus;
  email: string;
  emailVerified: boolean;
  pendingEmail: string | null;
  firstName: string;
  surname: string;
  telephone: string | null;
  mobile: string | null;
  dateOfBirth: string | null;
  company: string | null;
  candidateNumber: string | null;
  claimedCandidateNumber: string | null;
  social: SocialLinks;
  registeredAt: Date;
  activatedAt: Date | null;
  lastLoginAt: Date | null;
}

/** One account for the back office's candidate page (IDENTITY.ACCOUNT_NOT_FOUND if absent). */
export class GetAccountForStaff extends Query<StaffAccountView> {
  constructor(readonly accountId: string) {
    super();
  }
}
