import { RejectedRow } from '../../domain/record-import';

/**
 * One CSV cell: quoted when needed, and a leading = + - @ defused with an apostrophe so that a
 * spreadsheet never runs a row's text (it came from an uploaded file) as a formula. A missing value
 * is an empty cell, never the words null or undefined (the report is read back from stored JSON).
 */
export function cell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function rejectedRowsCsv(rows: RejectedRow[]): string {
  return ['row,reason', ...rows.map((r) => `${cell(r.row)},${cell(r.reason)}`)].join('\r\n') + '\r\n';
}
