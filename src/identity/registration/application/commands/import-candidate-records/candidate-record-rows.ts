import { parse } from 'csv-parse/sync';
import { InvalidInputError } from '../../../../../shared/domain';
import { CandidateRecordInput } from '../../../../domain/candidate-record';
import { CandidateRecordSource } from './import-candidate-records.command';

const FIELDS = ['candidateNumber', 'firstName', 'surname', 'dateOfBirth', 'email', 'telephone'] as const;
const REQUIRED = ['candidateNumber', 'firstName', 'surname', 'dateOfBirth'];

// Column headings as the awarding body's exports spell them, compared without case, spaces or punctuation.
const HEADINGS: Record<string, (typeof FIELDS)[number]> = {
  candidatenumber: 'candidateNumber',
  candidateno: 'candidateNumber',
  firstname: 'firstName',
  forename: 'firstName',
  forenames: 'firstName',
  givenname: 'firstName',
  surname: 'surname',
  lastname: 'surname',
  familyname: 'surname',
  dateofbirth: 'dateOfBirth',
  dob: 'dateOfBirth',
  birthdate: 'dateOfBirth',
  email: 'email',
  emailaddress: 'email',
  telephone: 'telephone',
  telephonenumber: 'telephone',
  phone: 'telephone',
};

export type SourceRow = { row: number; input: CandidateRecordInput } | { row: number; problem: string };

/** The rows of an import as record inputs; a file that cannot be read at all is refused as a whole. */
export function readCandidateRecordRows(source: CandidateRecordSource): SourceRow[] {
  return source.format === 'csv' ? readCsv(source.text) : readJson(source.rows);
}

function readCsv(text: string): SourceRow[] {
  let table: string[][];
  try {
    table = parse(text, {
      bom: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    }) as string[][];
  } catch (error) {
    throw new InvalidInputError(
      'IDENTITY.IMPORT_UNREADABLE',
      `The CSV file cannot be read: ${(error as Error).message}`,
    );
  }
  if (table.length === 0)
    throw new InvalidInputError(
      'IDENTITY.IMPORT_UNREADABLE',
      'The CSV file is empty: it needs a heading row.',
    );
  const [headings, ...lines] = table;
  const columns = headings.map((heading) => HEADINGS[heading.toLowerCase().replace(/[^a-z]/g, '')]);
  const unknown = headings.filter((_, index) => !columns[index]);
  const missing = REQUIRED.filter((field) => !columns.includes(field as (typeof FIELDS)[number]));
  if (unknown.length > 0 || missing.length > 0) {
    throw new InvalidInputError('IDENTITY.IMPORT_UNREADABLE', 'The CSV headings are not the expected ones.', [
      ...unknown.map((heading) => ({ field: heading, message: 'Unknown column' })),
      ...missing.map((field) => ({ field, message: 'Missing column' })),
    ]);
  }
  return lines.map((cells, index) => {
    const row = index + 1;
    if (cells.length > columns.length)
      return { row, problem: `has ${cells.length} cells but there are ${columns.length} columns` };
    const input: Record<string, string> = {};
    columns.forEach((field, column) => (input[field!] = cells[column] ?? ''));
    return { row, input };
  });
}

function readJson(rows: unknown[]): SourceRow[] {
  return rows.map((value, index) => {
    const row = index + 1;
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return { row, problem: 'is not an object' };
    const unknown = Object.keys(value).filter((key) => !(FIELDS as readonly string[]).includes(key));
    if (unknown.length > 0) return { row, problem: `has unknown field(s): ${unknown.join(', ')}` };
    return { row, input: value as CandidateRecordInput };
  });
}
