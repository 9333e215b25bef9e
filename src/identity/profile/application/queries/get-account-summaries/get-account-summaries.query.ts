import { Query } from '@nestjs/cqrs';
import { AccountStatus, Role } from '../../../../domain/account';

export interface AccountSummary {
  accountId: string;
  role: Role;
  status: AccountStatus;
  email: string;
  displayName: string;
  company: string | null;
  candidateNumber: string | null;
  /** Storage key of the profile photo, if any (shown to connected third parties). */
  photoKey: string | null;
}

/** Names and contact details of several accounts at once (e.g. the parties of connections). */
export class GetAccountSummaries extends Query<AccountSummary[]> {
  constructor(
    readonly accountIds?: string[],
    readonly emails?: string[],
  ) {
    super();
  }
}
