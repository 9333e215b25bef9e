import { RejectedRow } from '../../domain/record-import';

/**
 * One CSV cell: quoted when needed, and a leading = + - @ defused with an apostrophe so that a
 * spreadsheet never runs a row's text (it came from an uploaded file) as a formula.
 */
function cell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function rejectedRowsCsv(rows: RejectedRow[]): string {
  return ['row,reason', ...rows.map((r) => `${cell(r.row)},${cell(r.reason)}`)].join('\r\n') + '\r\n';
}
