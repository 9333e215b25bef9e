// Cross-site request forgery protection for everything a session cookie can authenticate: the
// double-submit pattern of csrf-csrf, the token bound to the session id (so a token lifted from one
// session is useless in another). Forms send it as the `_csrf` field, JavaScript and API clients
// using the session as the `x-csrf-token` header.
//
// A visitor with nothing in a session yet (the landing page's login box, the first registration step)
// gets a token bound to a random visitor cookie instead, so showing a form never writes a session row:
// anonymous page views cost no database write, and cannot fill the session table.
import { createHmac, randomUUID } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { doubleCsrf } from 'csrf-csrf';
import { DomainError } from '../../domain/domain-error';
import { existingSession } from '../session/web-session';

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
  /**
   * What tokenFor gives a visitor who sent no cookie at all (so has no session and no visitor cookie yet),
   * for answers made outside Express: a fresh visitor id, the token bound to it, and the two Set-Cookie
   * headers (visitor cookie, double-submit cookie) that tokenFor would have set.
   */
  newcomerToken(): { token: string; setCookies: string[] };
}

interface CookieOptions {
  sameSite?: 'lax' | 'strict' | 'none' | boolean;
  secure?: boolean;
  httpOnly?: boolean;
  path?: string;
}

/** A Set-Cookie header as Express's res.cookie writes it, for the options this file uses. */
function setCookieHeader(name: string, value: string, options: CookieOptions): string {
  let header = `${name}=${encodeURIComponent(value)}; Path=${options.path ?? '/'}`;
  if (options.httpOnly) header += '; HttpOnly';
  if (options.secure) header += '; Secure';
  if (typeof options.sameSite === 'string')
    header += `; SameSite=${options.sameSite[0].toUpperCase()}${options.sameSite.slice(1)}`;
  return header;
}

/** True when the session holds something of its own (it is or will be stored), not just a fresh cookie. */
function sessionInUse(req: Request): boolean {
  const session = existingSession(req);
  if (!session) return false;
  return Object.keys(session).some((key) => key !== 'cookie');
}

/**
 * A visitor's id: 122 random bits from Node's buffered generator. randomBytes costs about 7 µs a call
 * whatever its size (OpenSSL's generator behind a job per call), a tenth of a first visit's answer from
 * memory (docs/benchmarks.md); randomUUID draws from a cache refilled 128 ids at a time.
 */
const newVisitorId = (): string => randomUUID();

export function createCsrfProtection(options: { secret: string; secureCookies: boolean }): CsrfProtection {
  // A key of its own, derived from the session secret: one secret to configure, two separate uses.
  const csrfSecret = createHmac('sha256', options.secret).update('veri csrf token').digest('base64url');
  const visitorCookie = options.secureCookies ? '__Host-veri.visitor' : 'veri.visitor';
  const visitorCookieOptions = {
    sameSite: 'lax' as const,
    secure: options.secureCookies,
    httpOnly: true,
    path: '/',
  };

  const visitorId = (req: Request, res?: Response): string => {
    const known = (req.cookies as Record<string, string> | undefined)?.[visitorCookie];
    if (known || !res) return known ?? '';
    const fresh = newVisitorId();
    res.cookie(visitorCookie, fresh, visitorCookieOptions);
    (req.cookies as Record<string, string>)[visitorCookie] = fresh;
    return fresh;
  };

  const { doubleCsrfProtection, generateCsrfToken } = doubleCsrf({
    getSecret: () => csrfSecret,
    getSessionIdentifier: (req) =>
      existingSession(req)?.csrfTokenIssued ? `session:${req.sessionID}` : `visitor:${visitorId(req)}`,
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
    if (sessionInUse(req)) {
      // The session is stored anyway: bind the token to it from now on.
      if (!req.session.csrfTokenIssued) req.session.csrfTokenIssued = true;
    } else {
      visitorId(req, res);
    }
    return generateCsrfToken(req, res);
  };

  const newcomerToken = () => {
    const fresh = newVisitorId();
    const setCookies = [setCookieHeader(visitorCookie, fresh, visitorCookieOptions)];
    // Exactly what tokenFor does for such a visitor: no session, so the token is bound to the new visitor id.
    const req = { cookies: { [visitorCookie]: fresh } } as unknown as Request;
    const res = {
      cookie: (name: string, value: string, cookieOptions: CookieOptions) =>
        setCookies.push(setCookieHeader(name, value, cookieOptions)),
    } as unknown as Response;
    return { token: generateCsrfToken(req, res), setCookies };
  };

  return { middleware, tokenFor, newcomerToken };
}

declare module 'express-session' {
  interface SessionData {
    /** Set when CSRF tokens are bound to this session rather than to the visitor cookie (see createCsrfProtection). */
    csrfTokenIssued?: boolean;
  }
}
