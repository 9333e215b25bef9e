import { Query } from '@nestjs/cqrs';
import { SocialLinks } from '../../../../domain/account';
import { AccountDetailsView } from '../../../../application/views/account-details';
import { AccountCounts } from '../../ports/account-counts';

export interface MeView extends AccountDetailsView {
  id: string;
  displayName: string;
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
