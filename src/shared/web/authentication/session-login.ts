import type { Request } from 'express';
import { REMEMBER_ME_MAX_AGE_MS } from '../session/web-session';

/** A completed login, kept in the server-side session. */
export interface SessionLogin {
  accountId: string;
  /** Epoch ms. A session that began before the account's last password change is no longer valid. */
  authenticatedAt: number;
  rememberMe: boolean;
}

declare module 'express-session' {
  interface SessionData {
    login?: SessionLogin;
  }
}

function promised(run: (done: (error?: unknown) => void) => void): Promise<void> {
  return new Promise((resolve, reject) => run((error) => (error ? reject(error) : resolve())));
}

/**
 * Starts a logged-in session under a new id (no session fixation). "Remember me" keeps it for 30 days
 * of inactivity; otherwise the cookie ends with the browser and the session after the idle timeout.
 * `keep` carries values of the old session over (none by default).
 */
export async function startLoginSession(
  req: Request,
  login: SessionLogin,
  keep: Record<string, unknown> = {},
): Promise<void> {
  await promised((done) => req.session.regenerate(done));
  Object.assign(req.session, keep);
  req.session.login = login;
  if (login.rememberMe) req.session.cookie.maxAge = REMEMBER_ME_MAX_AGE_MS;
  else req.session.cookie.expires = undefined;
  await promised((done) => req.session.save(done));
}

/** Ends the session on the server (logout): the cookie no longer refers to anything. */
export async function endLoginSession(req: Request): Promise<void> {
  if (!req.session) return;
  await promised((done) => req.session.destroy(done));
}

/** After a password change: this session stays valid (the others have ended). */
export function refreshLoginSession(req: Request, authenticatedAt: Date): void {
  if (req.session?.login)
    req.session.login = { ...req.session.login, authenticatedAt: authenticatedAt.getTime() };
}
