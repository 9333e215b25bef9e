export type RecordKind = 'candidate-records' | 'achievements';
export const RECORD_KINDS: readonly RecordKind[] = ['candidate-records', 'achievements'];

export interface RejectedRow {
  row: number;
  reason: string;
}

/** One file staff imported from the Records page, and what became of its rows. Never changes once made. */
export class RecordImport {
  id: string;
  kind: RecordKind;
  fileName: string;
  importedBy: string | null;
  importedAt: Date;
  created: number;
  updated: number;
  unchanged: number;
  rejected: RejectedRow[];

  static record(props: Omit<RecordImport, never>): RecordImport {
    return Object.assign(new RecordImport(), props);
  }
}
