import { FaqEntry } from './faq-entry';

export abstract class FaqEntryRepository {
  /** Published entries in FAQ order, one page of them, and how many there are in all. */
  abstract listPublished(page: {
    offset: number;
    limit: number;
  }): Promise<{ entries: FaqEntry[]; total: number }>;

  /** Every entry, published or not, in FAQ order (the staff list). */
  abstract listAll(): Promise<FaqEntry[]>;

  abstract byId(id: string): Promise<FaqEntry | null>;

  abstract atPosition(position: number): Promise<FaqEntry | null>;

  /** -1 when there are none. */
  abstract lastPosition(): Promise<number>;

  /** Writes now (inside the unit of work's transaction). */
  abstract add(entry: FaqEntry): Promise<void>;

  abstract save(entry: FaqEntry): Promise<void>;

  abstract remove(entry: FaqEntry): Promise<void>;
}
