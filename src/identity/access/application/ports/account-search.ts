import { AccountStatus, Role } from '../../../domain/account';

export interface AccountSearchHit {
  accountId: string;
  role: Role;
  status: AccountStatus;
  email: string;
  firstName: string;
  surname: string;
  dateOfBirth: string | null;
  /** The linked record's number, else the number typed at registration. */
  candidateNumber: string | null;
}

/** Staff search over candidate and third-party accounts (staff accounts are not listed). */
export abstract class AccountSearch {
  /** `text` matches anywhere in the name, email or candidate number; `dateOfBirth` (ISO) matches exactly. */
  abstract search(criteria: {
    text: string;
    dateOfBirth: string | null;
    limit: number;
  }): Promise<AccountSearchHit[]>;
}
