import { Query } from '@nestjs/cqrs';
import { AccountStatus, Role, SocialLinks } from '../../../../domain/account';
import { AccountCounts } from '../../ports/account-counts';

export interface MeView {
  id: string;
  role: Role;
  status: AccountStatus;
  email: string;
  emailVerified: boolean;
  /** A new address waiting for confirmation, if any. */
  pendingEmail: string | null;
  firstName: string;
  surname: string;
  displayName: string;
  telephone: string | null;
  mobile: string | null;
  dateOfBirth: string | null;
  company: string | null;
  candidateNumber: string | null;
  photoUrl: string | null;
  social: SocialLinks;
  counts: AccountCounts;
  createdAt: Date;
}

/** The signed-in account as its owner sees it (GET /me, the profile page). */
export class GetMe extends Query<MeView> {
  constructor(readonly accountId: string) {
    super();
  }
}
