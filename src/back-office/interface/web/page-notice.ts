import type { Request } from 'express';

/** The one-time message a staff action left in the session for the next page (shown once). */
export function takeNotice(req: Request): string | undefined {
  const notice = req.session?.notice;
  if (notice && req.session) delete req.session.notice;
  return notice;
}

export function saveSession(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.save((error) => (error ? reject(error) : resolve())));
}

export function actorOf(req: Request) {
  return { accountId: req.principal?.accountId ?? null, ip: req.ip ?? null };
}

/** A page number or size from the query string; nonsense falls back, too large is clamped. */
export function positiveInt(value: unknown, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 ? Math.min(number, max) : fallback;
}
