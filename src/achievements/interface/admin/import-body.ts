import type { Request } from 'express';
import { DomainError } from '../../../shared/domain';
import { ImportRow, rowsFromCsv, rowsFromJson } from '../../application/services/import-rows';

/**
 * The largest import we take in one request. Bigger files are split: a request this size already
 * holds some 20,000 achievements and runs for a while.
 */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const tooLarge = () =>
  new DomainError(
    'ACHIEVEMENTS.IMPORT_TOO_LARGE',
    `An import may be at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB: split the file.`,
    'too_large',
  );

/** The import rows of a text/csv or application/json request; any other media type is 415. */
export function importRowsOf(req: Request): ImportRow[] {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_IMPORT_BYTES) throw tooLarge();
  if (req.is(['text/csv', 'application/csv'])) {
    const text = typeof req.body === 'string' ? req.body : '';
    if (Buffer.byteLength(text) > MAX_IMPORT_BYTES) throw tooLarge();
    return rowsFromCsv(text);
  }
  if (req.is('application/json')) return rowsFromJson(req.body);
  throw new DomainError(
    'ACHIEVEMENTS.IMPORT_MEDIA_TYPE',
    'Send the import as text/csv (a header row and one achievement per row) or as an application/json array.',
    'unsupported_media',
  );
}
