import { RequestActor } from '../../../../shared/application/audit-log';
import { ImportRow } from './import-rows';

export interface ImportRejection {
  row: number;
  certificateNumber?: string;
  reason: string;
}

export interface ImportReport {
  created: number;
  updated: number;
  /** Rows identical to what is already held (a re-run of the same file). */
  unchanged: number;
  rejected: ImportRejection[];
}

/** Creates or updates achievements by certificate number; a bad row never stops the good ones. */
export class ImportAchievements {
  constructor(
    readonly rows: ImportRow[],
    readonly actor: RequestActor,
    readonly source: 'api' | 'cli' | 'demo' = 'api',
  ) {}
}
