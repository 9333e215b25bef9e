// Dates of birth are calendar dates (no time, no zone), kept as ISO strings "YYYY-MM-DD".

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const BRITISH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** "2001-02-28" (or the British "28/02/2001") as an ISO date, or undefined when it is not a real date. */
export function parseCalendarDate(value: string): string | undefined {
  const text = value.trim();
  let year: number, month: number, day: number;
  const iso = ISO_DATE.exec(text);
  const british = BRITISH_DATE.exec(text);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (british) [year, month, day] = [Number(british[3]), Number(british[2]), Number(british[1])];
  else return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

export function todayIn(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Why a date of birth cannot be right, or undefined. */
export function dateOfBirthProblem(value: string, now: Date): string | undefined {
  const date = parseCalendarDate(value);
  if (!date) return 'Enter a real date of birth, for example 1990-04-27';
  if (date > todayIn(now)) return 'Date of birth must be in the past';
  if (date < '1900-01-01') return 'Date of birth must be after 1900';
  return undefined;
}
