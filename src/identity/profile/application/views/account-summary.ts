import { AccountStatus, Role } from '../../../domain/account';

/** Who an account is, as other contexts see it (the parties of a connection, an order, an audit entry). */
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
