import { AuthenticatedPrincipal } from './principal';
import { SessionLogin } from './session-login';

/**
 * Turns credentials into a principal. Identity implements it (it owns accounts, sessions' validity and
 * tokens); the HTTP layer only calls it. Answers null for anything not valid (unknown, expired, revoked,
 * ended by a password change, account no longer active).
 */
export abstract class PrincipalResolver {
  abstract fromSession(login: SessionLogin): Promise<AuthenticatedPrincipal | null>;
  abstract fromBearerToken(token: string): Promise<AuthenticatedPrincipal | null>;
}
