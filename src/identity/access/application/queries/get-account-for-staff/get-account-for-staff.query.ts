import { Query } from '@nestjs/cqrs';
import { SocialLinks } from '../../../../domain/account';
import { AccountDetailsView } from '../../../../application/views/account-details';

/** What support staff see of an account: status and profile, never a secret. */
export interface StaffAccountView extends AccountDetailsView {
  accountId: string;
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
