import { Command } from '@nestjs/cqrs';
import { RequestActor } from '../../../../../shared/application/audit-log';

export type CandidateRecordSource = { format: 'csv'; text: string } | { format: 'json'; rows: unknown[] };

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  /** `row` is the record's 1-based position: the CSV line after the header, or the JSON array index + 1. */
  rejected: Array<{ row: number; reason: string }>;
}

/**
 * Loads the awarding body's candidate records, idempotently by candidate number: new numbers are added,
 * known ones updated, and every row that cannot be used is reported with its reason (the others still load).
 * Used by POST /api/v1/admin/candidate-records/imports and by the `import:candidate-records` command.
 */
export class ImportCandidateRecords extends Command<ImportReport> {
  constructor(
    readonly source: CandidateRecordSource,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
