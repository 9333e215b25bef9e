/** What an import of achievements answers: counts, and each rejected row with its reason. */
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
