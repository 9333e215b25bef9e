import { Role } from '../../../domain/account';
import { IssuedAccessToken } from './issued-access-token';

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
  /** The API bearer token, when LogIn was asked for one and the sign-in is complete. */
  token?: IssuedAccessToken;
}
