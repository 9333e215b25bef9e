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
