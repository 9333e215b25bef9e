import { FaqEntry } from './faq-entry';

export abstract class FaqEntryRepository {
  /** Published entries in FAQ order, one page of them, and how many there are in all. */
  abstract listPublished(page: {
    offset: number;
    limit: number;
  }): Promise<{ entries: FaqEntry[]; total: number }>;
}
