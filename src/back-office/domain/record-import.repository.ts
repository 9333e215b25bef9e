import { RecordImport } from './record-import';

export abstract class RecordImportRepository {
  abstract add(entry: RecordImport): Promise<void>;

  abstract byId(id: string): Promise<RecordImport | null>;

  /** Newest first. */
  abstract list(page: { offset: number; limit: number }): Promise<{ items: RecordImport[]; total: number }>;
}
