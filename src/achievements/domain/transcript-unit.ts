/** One unit on a transcript (unit/credit certificate): what was achieved, at what level, for what credit. */
export interface TranscriptUnit {
  unitNumber: string;
  title: string;
  level?: string;
  credit?: number;
  grade?: string;
}
