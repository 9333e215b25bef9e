import { AccountStatus, Role } from '../../domain/account';

/** The identity_accounts columns every plain read of accounts selects (search, summaries), as pg returns them. */
export interface AccountRow {
  id: string;
  role: Role;
  status: AccountStatus;
  email: string;
  first_name: string;
  surname: string;
  candidate_number: string | null;
}
