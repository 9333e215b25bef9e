// The one CSV writer for the files staff download (print batches, import reports, sample files). It lives
// in the application layer so that use cases (a print batch's export) and pages can both use it: it is
// plain text work, with nothing of a platform in it.

/**
 * One cell as RFC 4180 says: quoted when it holds a comma, a quote or a line break, its quotes doubled.
 * A leading =, +, -, @, tab or carriage return is defused with an apostrophe so that a spreadsheet never
 * runs the text (it may have come from an uploaded file or a candidate's address) as a formula. A missing
 * value is an empty cell, never the words null or undefined.
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Whole CSV text: every row's cells written by {@link csvCell}, CRLF after every row (the last too). */
export function csvText(rows: ReadonlyArray<ReadonlyArray<unknown>>): string {
  return rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}
