import { Role } from '../../../domain/account';

/** A bearer token as its client receives it: the only time the token itself is ever seen. */
export interface IssuedAccessToken {
  accessToken: string;
  expiresAt: Date;
  role: Role;
}
