import { csvText } from '../../../shared/application/csv';
import { RejectedRow } from '../../domain/record-import';

/** The rejected rows of an import as CSV. The report is read back from stored JSON, so a value may be null. */
export function rejectedRowsCsv(rows: RejectedRow[]): string {
  return csvText([['row', 'reason'], ...rows.map((r) => [r.row, r.reason])]);
}
