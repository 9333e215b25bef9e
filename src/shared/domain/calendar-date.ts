// Calendar dates (issue, expiry, birth) have no time and no zone: they are kept as ISO strings
// "YYYY-MM-DD", which compare as strings and are never shifted by a time zone.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const BRITISH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** "2017-01-04" (or the British "04/01/2017") as an ISO date, or undefined when it is not a real date. */
export function parseCalendarDate(value: string): string | undefined {
  const text = value.trim();
  let year: number, month: number, day: number;
  const iso = ISO_DATE.exec(text);
  const british = BRITISH_DATE.exec(text);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (british) [year, month, day] = [Number(british[3]), Number(british[2]), Number(british[1])];
  else return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  return date.toISOString().slice(0, 10);
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** Day, month and year as people write them: "13 April 1977", "13 Apr 1977", "13 4 1977", "13.04.1977", "13-04-1977". */
const WRITTEN_DATE = /^(\d{1,2})(?:st|nd|rd|th)?[\s./-]+([a-z]+\.?|\d{1,2})[\s./-]+(\d{4})$/i;

/**
 * A date as the pages show it ("13 April 1977") or as people type it, besides the forms
 * parseCalendarDate takes, as an ISO date; undefined when it is not one or not a real date.
 */
export function parseWrittenDate(value: string): string | undefined {
  const exact = parseCalendarDate(value);
  if (exact) return exact;
  const written = WRITTEN_DATE.exec(value.trim());
  if (!written) return undefined;
  const monthText = written[2].replace(/\.$/, '').toLowerCase();
  const month = /^\d+$/.test(monthText)
    ? Number(monthText)
    : monthText.length >= 3
      ? MONTHS.findIndex((name) => name.startsWith(monthText)) + 1
      : 0;
  if (month < 1 || month > 12) return undefined;
  const iso = `${written[3]}-${String(month).padStart(2, '0')}-${written[1].padStart(2, '0')}`;
  return parseCalendarDate(iso);
}

/** YYYY-MM-DD (the en-CA format) in the UK's time zone; made once, as making a formatter costs far more than using one. */
const UK_ISO_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });

// The UK's date changes only on a minute's boundary (its offsets are whole hours), so the last minute's
// answer is kept: every list of documents asks for today's date, and Intl's format with a time zone cost
// about 1 % of a /documents page's CPU.
let lastMinute = Number.NaN;
let lastUkDate = '';

/** The calendar date in the UK at an instant: where certificates are issued, expire and are shared. */
export function ukDateAt(instant: Date): string {
  const minute = Math.floor(instant.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastUkDate = UK_ISO_DATE.format(instant);
    lastMinute = minute;
  }
  return lastUkDate;
}

/** The UK's hour at an instant, which tells GMT from BST. */
const UK_HOUR = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: 'numeric',
  hourCycle: 'h23',
});

/**
 * The last millisecond of a calendar date ("2027-07-31") in the UK: 23:59:59.999 London time, which in
 * summer is 22:59:59.999 UTC. The UK's clocks change at 01:00 UTC, so a day's noon has its evening's offset.
 */
export function endOfUkDay(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number);
  const offsetHours = Number(UK_HOUR.format(Date.UTC(year, month - 1, day, 12))) - 12;
  return new Date(Date.UTC(year, month - 1, day, 23, 59, 59, 999) - offsetHours * 3_600_000);
}
