// British formats for dates and money, shared by every template (email, pages, PDFs) so that a date
// or a price reads the same wherever a person sees it.
import type Handlebars from 'handlebars';
import { LRUCache } from 'lru-cache';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

// Intl formatters are made once: making one per call took most of the time of a page listing
// documents (docs/benchmarks.md).
const britishDate = (timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone });
const CALENDAR_DATE = britishDate('UTC');
const UK_INSTANT_DATE = britishDate('Europe/London');
const UK_TIME = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/London',
});
const moneyFormats = new Map<string, Intl.NumberFormat>();
// A calendar date reads the same every time, and pages repeat them (a cohort's issue dates): a lookup
// instead of Intl's format, about 2 µs a date and a fortieth of the /documents page's CPU.
const calendarDates = new LRUCache<string, string>({ max: 10_000 });

/**
 * "4 January 2017". A date-only value ("2017-01-04") is a calendar date and is never shifted by a
 * time zone; an instant (Date or ISO timestamp) is shown as the date in the UK. Empty gives "".
 */
export function formatBritishDate(value: Date | string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string' && DATE_ONLY.test(value)) {
    let text = calendarDates.get(value);
    if (text === undefined) {
      text = CALENDAR_DATE.format(validDate(`${value}T00:00:00Z`, value));
      calendarDates.set(value, text);
    }
    return text;
  }
  return UK_INSTANT_DATE.format(validDate(value));
}

/** `input` as a Date; an error naming `given` (what the caller was passed) when it is no date. */
function validDate(input: Date | string | number, given: unknown = input): Date {
  const date = new Date(input);
  if (Number.isNaN(date.getTime())) throw new Error(`Not a date: ${String(given)}`);
  return date;
}

/** "4 December 2026, 12:15": an instant as a date and a 24-hour time in the UK. Empty gives "". */
export function formatBritishDateTime(value: Date | string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const date = validDate(value);
  return `${formatBritishDate(date)}, ${UK_TIME.format(date)}`;
}

/** "£25.88" from 2588 (amounts are kept in minor units, pence). */
export function formatMoney(minorUnits: number | string, currency = 'GBP'): string {
  const amount = Number(minorUnits);
  if (!Number.isInteger(amount)) throw new Error(`Not an amount in minor units: ${String(minorUnits)}`);
  let format = moneyFormats.get(currency);
  if (!format) {
    // Throws for an unknown currency code, before anything is kept.
    format = new Intl.NumberFormat('en-GB', { style: 'currency', currency });
    moneyFormats.set(currency, format);
  }
  return format.format(amount / 100);
}

type HelperRegistry = Pick<typeof Handlebars, 'registerHelper'>;

/**
 * Registers `{{britishDate value}}` and `{{money pence}}` (or `{{money pence "EUR"}}`) on a
 * handlebars instance (Handlebars.create(), or hbs's for pages).
 */
export function registerFormatHelpers(handlebars: HelperRegistry): void {
  handlebars.registerHelper('britishDate', (value: Date | string | number | null | undefined) =>
    formatBritishDate(value),
  );
  handlebars.registerHelper('britishDateTime', (value: Date | string | number | null | undefined) =>
    formatBritishDateTime(value),
  );
  handlebars.registerHelper('money', (pence: number | string, currency?: string | Handlebars.HelperOptions) =>
    formatMoney(pence, typeof currency === 'string' ? currency : undefined),
  );
}
