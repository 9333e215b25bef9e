import { endOfUkDay, parseCalendarDate } from '../../shared/domain';
import { ExpiryNotInFutureError, InvalidExpiryError } from './connection.errors';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Reads an expiry as a person or a client gives it. A date alone ("2027-01-31") means access to the
 * end of that day in the UK, as the Expiry Date column shows it; a full ISO 8601 moment is taken as is.
 */
export function parseExpiry(text: string): Date {
  const value = text.trim();
  if (DATE_ONLY.test(value)) {
    const date = parseCalendarDate(value);
    if (!date) throw new InvalidExpiryError();
    return endOfUkDay(date);
  }
  if (!DATE_TIME.test(value)) throw new InvalidExpiryError();
  const moment = new Date(value);
  if (Number.isNaN(moment.getTime())) throw new InvalidExpiryError();
  return moment;
}

/** One calendar month on (31 January -> 28/29 February), the default when the candidate leaves it blank. */
export function oneMonthFrom(now: Date): Date {
  const next = new Date(now);
  const day = next.getUTCDate();
  next.setUTCDate(1);
  next.setUTCMonth(next.getUTCMonth() + 1);
  const lastDay = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0)).getUTCDate();
  next.setUTCDate(Math.min(day, lastDay));
  return next;
}

/** The chosen expiry, or the default; never in the past. */
export function expiryFor(requested: Date | null | undefined, now: Date): Date {
  const expiresAt = requested ?? oneMonthFrom(now);
  if (expiresAt.getTime() <= now.getTime()) throw new ExpiryNotInFutureError();
  return expiresAt;
}
