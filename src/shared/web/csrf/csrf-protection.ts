// Cross-site request forgery protection for everything a session cookie can authenticate: the
// double-submit pattern of csrf-csrf, the token bound to the session id (so a token lifted from one
// session is useless in another). Forms send it as the `_csrf` field, JavaScript and API clients
// using the session as the `x-csrf-token` header.
import { createHmac } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { doubleCsrf } from 'csrf-csrf';
import { DomainError } from '../../domain/domain-error';

export const CSRF_INVALID = 'PLATFORM.CSRF_INVALID';
export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Writes that no session cookie can authenticate, so there is nothing to forge: the payment
 * provider's signed server-to-server notifications, and the payment simulator, which stands in for
 * the provider's own site (and never runs in production).
 */
export const CSRF_EXEMPT_PATH_PREFIXES = ['/api/v1/payments/', '/simulator/'];

export class CsrfTokenInvalidError extends DomainError {
  constructor() {
    super(
      CSRF_INVALID,
      'The form or request could not be accepted because its security token is missing or has expired. Reload the page and try again.',
      'forbidden',
    );
  }
}

function isApi(req: Request): boolean {
  return req.path === '/api' || req.path.startsWith('/api/');
}

/**
 * API clients with a bearer token do not use the session, so a forged request would carry no credentials.
 * Nor does an API request without any cookie (a client registering, asking for a token or a password
 * reset): no session can authenticate it, so there is nothing to forge.
 */
function isExempt(req: Request): boolean {
  if (CSRF_EXEMPT_PATH_PREFIXES.some((prefix) => req.path.startsWith(prefix))) return true;
  if (!req.path.startsWith('/api/v1/')) return false;
  return /^Bearer\s+\S/i.test(req.headers.authorization ?? '') || !req.headers.cookie;
}

function tokenFromRequest(req: Request): string | undefined {
  const header = req.headers[CSRF_HEADER];
  if (typeof header === 'string' && header) return header;
  // The session-authenticated API takes the header only; forms have no way to set one.
  if (isApi(req)) return undefined;
  const field = (req.body as Record<string, unknown> | undefined)?.[CSRF_FIELD];
  if (typeof field === 'string' && field) return field;
  // A multipart form (file upload) is read after this check, so such forms put the token in the action URL.
  const query = req.query?.[CSRF_FIELD];
  if (req.is('multipart/form-data') && typeof query === 'string') return query;
  return undefined;
}

export interface CsrfProtection {
  /** Refuses unsafe methods without a valid token; removes `_csrf` from the body so DTOs never see it. */
  middleware: RequestHandler;
  /** The token for this session (made on first use; marks the session to be saved so the token stays valid). */
  tokenFor(req: Request, res: Response): string;
}

export function createCsrfProtection(options: { secret: string; secureCookies: boolean }): CsrfProtection {
  // A key of its own, derived from the session secret: one secret to configure, two separate uses.
  const csrfSecret = createHmac('sha256', options.secret).update('veri csrf token').digest('base64url');
  const { doubleCsrfProtection, generateCsrfToken } = doubleCsrf({
    getSecret: () => csrfSecret,
    getSessionIdentifier: (req) => req.sessionID ?? '',
    // __Host- makes the browser refuse the cookie unless it is secure, host-only and path=/.
    cookieName: options.secureCookies ? '__Host-veri.csrf' : 'veri.csrf',
    cookieOptions: { sameSite: 'lax', secure: options.secureCookies, httpOnly: true, path: '/' },
    getCsrfTokenFromRequest: tokenFromRequest,
    skipCsrfProtection: isExempt,
  });

  const middleware: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
    doubleCsrfProtection(req, res, (error?: unknown) => {
      if (error) return next(new CsrfTokenInvalidError());
      if (req.body && typeof req.body === 'object' && CSRF_FIELD in req.body)
        delete (req.body as Record<string, unknown>)[CSRF_FIELD];
      next();
    });
  };

  const tokenFor = (req: Request, res: Response): string => {
    if (!req.session) return '';
    // An untouched new session is never saved, and its id (which the token is bound to) would change
    // on the next request; recording the issue makes express-session keep it.
    if (!req.session.csrfTokenIssued) req.session.csrfTokenIssued = true;
    return generateCsrfToken(req, res);
  };

  return { middleware, tokenFor };
}

declare module 'express-session' {
  interface SessionData {
    /** Set when a CSRF token was given out in this session (see createCsrfProtection). */
    csrfTokenIssued?: boolean;
  }
}
