// Server-side sessions in PostgreSQL (the `session` table of the platform migration), so any web
// process behind the load balancer can serve any request.
import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import connectPgSimple from 'connect-pg-simple';
import session from 'express-session';
import type { Request, RequestHandler, Response } from 'express';
import { Pool } from 'pg';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { touchAtMostEvery } from './touch-at-most-every';

/** A session without "remember me" ends with the browser, or after this long without a request. */
export const SESSION_IDLE_TIMEOUT_MS = 30 * 60 * 1000;
/** "Remember me": set `req.session.cookie.maxAge = REMEMBER_ME_MAX_AGE_MS` at login; each request extends it. */
export const REMEMBER_ME_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
/** An unchanged session's expiry is written to the store at most this often (ADR 0024). */
export const SESSION_RENEWAL_INTERVAL_MS = 60 * 1000;

export function usesSecureCookies(config: AppConfig): boolean {
  return config.publicUrl.startsWith('https://');
}

export function sessionCookieName(config: AppConfig): string {
  return usesSecureCookies(config) ? '__Host-veri.sid' : 'veri.sid';
}

/** Owns the sessions' connection pool, so it is closed with the application. */
@Injectable()
export class WebSessions implements OnApplicationShutdown {
  private pool?: Pool;
  private store?: { close(): void | Promise<void> };

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  middleware(secret: string): RequestHandler {
    if (!this.config.databaseUrl) throw new Error('Sessions need a database URL');
    this.pool = new Pool({ connectionString: this.config.databaseUrl, max: 5 });
    // A dropped connection must not crash the process; the next query reconnects.
    this.pool.on('error', () => undefined);
    const PgStore = connectPgSimple(session);
    const store = touchAtMostEvery(
      new PgStore({
        pool: this.pool,
        tableName: 'session',
        createTableIfMissing: false,
        ttl: SESSION_IDLE_TIMEOUT_MS / 1000,
        pruneSessionInterval: 15 * 60,
      }),
      SESSION_RENEWAL_INTERVAL_MS,
    );
    this.store = store;
    const secure = usesSecureCookies(this.config);
    const sessions = session({
      name: sessionCookieName(this.config),
      secret,
      store,
      resave: false,
      // No row for visitors who never get a form: a session starts when a CSRF token or a login needs one.
      saveUninitialized: false,
      // Every answer renews the cookie, so "remember me" expires after a month without visits, not a month after login.
      rolling: true,
      cookie: { httpOnly: true, sameSite: 'lax', secure, path: '/' },
    });
    const cookieName = sessionCookieName(this.config);
    return (req, res, next) => {
      if ((req.cookies as Record<string, string> | undefined)?.[cookieName] !== undefined)
        return answerOnceStored(res, () => sessions(req, res, next));
      startSessionOnFirstUse(req, res, sessions);
      next();
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store?.close();
    await this.pool?.end();
  }
}

const NOT_STARTED = Symbol('session not started');

/**
 * A request without a session cookie has no session to read, and most such requests (visitors, API
 * clients, probes) never need one. Its `req.session` is made the first time code touches it: express-session
 * then runs synchronously (it reads the store only for a cookie it was sent), so the request behaves as if
 * the session had been there all along, and the others skip express-session's work entirely.
 */
function startSessionOnFirstUse(req: Request, res: Response, sessions: RequestHandler): void {
  const marked = req as Request & { [NOT_STARTED]?: boolean };
  marked[NOT_STARTED] = true;
  const start = () => {
    delete marked[NOT_STARTED];
    delete (req as Partial<Request>).session;
    answerOnceStored(res, () => sessions(req, res, () => undefined));
  };
  Object.defineProperty(req, 'session', {
    configurable: true,
    enumerable: true,
    get() {
      start();
      return req.session;
    },
    set(value: Request['session']) {
      start();
      req.session = value;
    },
  });
}

type Write = (chunk: unknown, encoding?: unknown, callback?: unknown) => boolean;

/**
 * express-session stores a changed session when the answer ends, but sends the headers and all but the
 * last byte of the body first. A browser follows a redirect as soon as it has the headers, so the next
 * page could read the session before the previous step's answer was in it, and lose that step (a form
 * flow failing now and then, as the checkout did). Here the bytes express-session writes while ending are
 * held back until it ends the response, which it does once the session is stored. Bodies streamed before
 * the end (downloads) still go out as they come.
 */
function answerOnceStored(res: Response, installSessions: () => void): void {
  const write = res.write.bind(res) as Write;
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  let held: Array<[unknown, unknown, unknown]> | undefined;
  // express-session keeps these two as the "real" write and end it calls when done.
  res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    if (!held) return write(chunk, encoding, callback);
    held.push([chunk, encoding, callback]);
    return true;
  }) as Response['write'];
  res.end = ((...args: unknown[]) => {
    for (const [chunk, encoding, callback] of held?.splice(0) ?? []) write(chunk, encoding, callback);
    held = undefined;
    return end(...args);
  }) as Response['end'];
  installSessions();
  const endAfterStoring = res.end.bind(res) as (...args: unknown[]) => Response;
  res.end = ((...args: unknown[]) => {
    held = [];
    return endAfterStoring(...args);
  }) as Response['end'];
}

/** The request's session if it has one already (it came with a session cookie, or code started one); never starts one. */
export function existingSession(req: Request): Request['session'] | undefined {
  return (req as Request & { [NOT_STARTED]?: boolean })[NOT_STARTED] ? undefined : req.session;
}
