// Import files as rows. Two formats carry the same fields (api.md "Staff"):
//  - a JSON array of achievements, units as a nested array;
//  - CSV (text/csv) with a header row of the same field names, one achievement per row, its units as a
//    JSON array in the `units` column (see docs/achievements-import.md for why, and an example).
// Row numbers are what a person sees: the line of the CSV file (the header is line 1), or the
// 1-based position in the JSON array.
import { parse } from 'csv-parse/sync';
import { InvalidInputError } from '../../../shared/domain';
import { ACHIEVEMENT_DETAIL_FIELDS } from '../../domain/achievement-details';

export interface ImportRow {
  row: number;
  fields: Record<string, unknown>;
  /** Set when the row could not even be read (broken units JSON, wrong number of columns). */
  problem?: string;
}

/** An import row is an achievement's details and the number of its certificate. */
export const IMPORT_FIELDS = ['certificateNumber', ...ACHIEVEMENT_DETAIL_FIELDS] as const;

const REQUIRED_COLUMNS = ['certificateNumber', 'kind', 'title', 'candidateNumber', 'fullName', 'issueDate'];
export const MAX_IMPORT_ROWS = 20_000;

export function rowsFromCsv(text: string): ImportRow[] {
  // Records as arrays (the first one the header) rather than objects keyed by column: cheaper for the
  // 20,000 rows of a large file, and each row's column count is its own (csv-parse's
  // invalid_field_length counts every short or long row so far, not this one).
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    throw new InvalidInputError(
      'ACHIEVEMENTS.IMPORT_UNREADABLE',
      `The CSV file could not be read: ${(error as Error).message}`,
    );
  }
  const header = (records[0]?.record ?? []).map((name) => name.trim());
  const missing = REQUIRED_COLUMNS.filter((column) => !header.includes(column));
  const unknown = header.filter((column) => !(IMPORT_FIELDS as readonly string[]).includes(column));
  if (header.length === 0 || missing.length > 0 || unknown.length > 0) {
    const details = [
      ...missing.map((column) => ({ field: column, message: `The header has no ${column} column` })),
      ...unknown.map((column) => ({ field: column, message: `Unknown column ${column}` })),
    ];
    throw new InvalidInputError(
      'ACHIEVEMENTS.IMPORT_COLUMNS',
      `The header row must name the columns ${IMPORT_FIELDS.join(', ')} (the optional ones may be left out).`,
      details,
    );
  }
  checkSize(records.length - 1);
  const rows: ImportRow[] = [];
  for (let n = 1; n < records.length; n++) {
    const { record, info } = records[n];
    const fields: Record<string, unknown> = {};
    for (let i = 0; i < record.length && i < header.length; i++) fields[header[i]] = record[i];
    const row: ImportRow = { row: info.lines, fields };
    rows.push(row);
    // A column named twice in the header leaves fewer fields than columns: no row can be read right.
    if (record.length !== header.length || Object.keys(fields).length !== header.length) {
      row.problem = `The row does not have ${header.length} columns`;
      continue;
    }
    const units = typeof fields.units === 'string' ? fields.units.trim() : undefined;
    if (units) {
      try {
        fields.units = JSON.parse(units);
      } catch {
        row.problem =
          'units: not a JSON array, for example [{"unitNumber":"A/601/1234","title":"...","credit":4}]';
      }
    } else {
      delete fields.units;
    }
    // Empty cells mean "none" for the optional fields.
    for (const key in fields) if (fields[key] === '') delete fields[key];
  }
  return rows;
}

export function rowsFromJson(body: unknown): ImportRow[] {
  if (!Array.isArray(body)) {
    throw new InvalidInputError('ACHIEVEMENTS.IMPORT_UNREADABLE', 'Send a JSON array of achievements.');
  }
  checkSize(body.length);
  return body.map((item: unknown, index) => {
    const row: ImportRow = { row: index + 1, fields: {} };
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      row.problem = 'Each entry must be a JSON object';
      return row;
    }
    row.fields = { ...(item as Record<string, unknown>) };
    const unknown = Object.keys(row.fields).filter(
      (key) => !(IMPORT_FIELDS as readonly string[]).includes(key),
    );
    if (unknown.length > 0) row.problem = `Unknown field(s): ${unknown.join(', ')}`;
    return row;
  });
}

function checkSize(count: number): void {
  if (count === 0)
    throw new InvalidInputError('ACHIEVEMENTS.IMPORT_EMPTY', 'The file has no achievements in it.');
  if (count > MAX_IMPORT_ROWS) {
    throw new InvalidInputError(
      'ACHIEVEMENTS.IMPORT_TOO_MANY_ROWS',
      `Import at most ${MAX_IMPORT_ROWS.toLocaleString('en-GB')} achievements at a time.`,
    );
  }
}
