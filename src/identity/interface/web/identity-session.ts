import type { Request } from 'express';
import { homeFor } from '../../../shared/web/views/navigation';
import { PrincipalRole } from '../../../shared/web/authentication/principal';
import { existingSession } from '../../../shared/web/session/web-session';

/** What Identity's pages keep in the server-side session between requests. */
export interface CandidateRegistrationProgress {
  email?: string;
  /** Hashed at step 1: the password itself is never kept. */
  passwordHash?: string;
  candidateNumber?: string;
  firstName?: string;
  surname?: string;
  telephone?: string;
  mobile?: string;
  'dateOfBirth-day'?: string;
  'dateOfBirth-month'?: string;
  'dateOfBirth-year'?: string;
  /** Step 2 was accepted: the confirm page may be shown. */
  profileAccepted?: boolean;
}

export interface PendingLogin {
  accountId: string;
  rememberMe: boolean;
  returnTo?: string;
  /** Epoch ms: the code must follow the password within a few minutes. */
  startedAt: number;
}

declare module 'express-session' {
  interface SessionData {
    candidateRegistration?: CandidateRegistrationProgress;
    pendingLogin?: PendingLogin;
    /** The address a registration's outcome was emailed to, for the "check your email" page. */
    registrationSubmittedTo?: string;
    /** Whose registration it was: the page's words differ for an employer, who has no record to match. */
    registrationBy?: 'candidate' | 'third-party';
    /** A one-time message for the next page (e.g. after a staff decision). */
    notice?: string;
  }
}

export const PENDING_LOGIN_LIFETIME_MS = 5 * 60 * 1000;

/** Only a path on this site: never another origin ("//evil.example", "/\\evil.example", "https://..."). */
export function safeReturnTo(value: unknown): string | undefined {
  if (
    typeof value !== 'string' ||
    !value.startsWith('/') ||
    value.startsWith('//') ||
    value.startsWith('/\\')
  )
    return undefined;
  if (/[\r\n]/.test(value) || value.startsWith('/login') || value.startsWith('/logout')) return undefined;
  return value;
}

export function homeOf(role: PrincipalRole): string {
  return homeFor({ accountId: '', role, displayName: '' });
}

/** A form's text field as a string ('' when absent or not text). */
export function field(body: Record<string, unknown>, name: string): string {
  const value = body?.[name];
  return typeof value === 'string' ? value : '';
}

/** The three inputs of a date field as an ISO date ("" when all are empty). */
export function dateFrom(body: Record<string, unknown>, name: string): string {
  const day = field(body, `${name}-day`).trim();
  const month = field(body, `${name}-month`).trim();
  const year = field(body, `${name}-year`).trim();
  if (!day && !month && !year) return '';
  return `${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export function takeNotice(req: Request): string | undefined {
  // Read without starting a session: most pages are seen without one.
  const session = existingSession(req);
  const notice = session?.notice;
  if (session && notice) delete session.notice;
  return notice;
}

export function saveSession(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.save((error) => (error ? reject(error) : resolve())));
}
