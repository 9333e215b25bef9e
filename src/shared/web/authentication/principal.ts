import { Principal, PrincipalRole } from '../views/navigation';

export type { Principal, PrincipalRole };

/**
 * Who made the request, as the HTTP layer knows it: set on `req.principal` by ResolvePrincipalMiddleware
 * from the session cookie (pages, and session-authenticated API calls with the CSRF header) or from an
 * `Authorization: Bearer` token. A staff principal has always completed the second factor.
 */
export interface AuthenticatedPrincipal extends Principal {
  email: string;
  /** How the request was authenticated. */
  via: 'session' | 'token';
  /** The bearer token's id when `via` is 'token'. */
  tokenId: string | null;
  /**
   * The candidate number the account is linked to (null when it is not, or not a candidate), read with
   * the account on this request, so handlers need no second lookup. Absent when the resolver did not say.
   */
  candidateNumber?: string | null;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      principal?: AuthenticatedPrincipal;
    }
  }
}
