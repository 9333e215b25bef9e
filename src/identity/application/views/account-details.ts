import { Account, AccountStatus, Role } from '../../domain/account';

/** What the account's holder (GET /me, the profile) and staff (the account page) both see of an account. */
export interface AccountDetailsView {
  role: Role;
  status: AccountStatus;
  email: string;
  emailVerified: boolean;
  /** A new address waiting for confirmation, if any. */
  pendingEmail: string | null;
  firstName: string;
  surname: string;
  telephone: string | null;
  mobile: string | null;
  dateOfBirth: string | null;
  company: string | null;
  candidateNumber: string | null;
}

export function accountDetailsOf(account: Account): AccountDetailsView {
  return {
    role: account.role,
    status: account.status,
    email: account.email,
    emailVerified: account.emailVerifiedAt !== null,
    pendingEmail: account.pendingEmail,
    firstName: account.firstName,
    surname: account.surname,
    telephone: account.telephone,
    mobile: account.mobile,
    dateOfBirth: account.dateOfBirth,
    company: account.company,
    candidateNumber: account.candidateNumber,
  };
}
