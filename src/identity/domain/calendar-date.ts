// Dates of birth are calendar dates (no time, no zone), kept as ISO strings "YYYY-MM-DD".

import { parseCalendarDate, parseWrittenDate, ukDateAt } from '../../shared/domain/calendar-date';

export { parseCalendarDate, parseWrittenDate };

/** Why a date of birth cannot be right, or undefined. The example is written as the pages' day, month and year boxes take it. */
export function dateOfBirthProblem(value: string, now: Date): string | undefined {
  const date = parseCalendarDate(value);
  if (!date) return 'Enter a real date of birth, for example 27 4 1990';
  if (date > ukDateAt(now)) return 'Date of birth must be in the past';
  if (date < '1900-01-01') return 'Date of birth must be after 1900';
  return undefined;
}
