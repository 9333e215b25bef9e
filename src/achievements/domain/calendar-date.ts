// Issue and expiry dates are calendar dates (no time, no zone), kept as ISO strings "YYYY-MM-DD" so
// they compare as strings and are never shifted by a time zone.

export { parseCalendarDate, parseWrittenDate } from '../../shared/domain/calendar-date';

/** YYYY-MM-DD (the en-CA format) in the UK's time zone; made once, as making a formatter costs far more than using one. */
const UK_ISO_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });

/** Today's date in the UK, where certificates are issued and expire. */
export function ukToday(now: Date): string {
  return UK_ISO_DATE.format(now);
}
