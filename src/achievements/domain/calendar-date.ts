// Issue and expiry dates are calendar dates (no time, no zone), kept as ISO strings "YYYY-MM-DD" so
// they compare as strings and are never shifted by a time zone.

export { parseCalendarDate, parseWrittenDate } from '../../shared/domain/calendar-date';
/** Today's date in the UK, where certificates are issued and expire: `ukToday(clock.now())`. */
export { ukDateAt as ukToday } from '../../shared/domain/calendar-date';
