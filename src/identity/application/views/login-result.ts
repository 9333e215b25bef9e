import { Role } from '../../domain/account';

/** What signing in answers, for the password step and the second-factor step alike. */
export interface LoginResult {
  accountId: string;
  role: Role;
  displayName: string;
  /**
   * 'none': signed in. 'required' / 'enrolment': the password was right and the person must now give a
   * TOTP code (after setting up the authenticator app, for 'enrolment') through VerifySecondFactor.
   */
  secondFactor: 'none' | 'required' | 'enrolment';
}
