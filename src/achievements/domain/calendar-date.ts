// Issue and expiry dates are calendar dates (no time, no zone), kept as ISO strings "YYYY-MM-DD" so
// they compare as strings and are never shifted by a time zone.

export { parseCalendarDate } from '../../shared/domain/calendar-date';

/** Today's date in the UK, where certificates are issued and expire. */
export function ukToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);
}
