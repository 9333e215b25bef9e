import { LRUCache } from 'lru-cache';
import { DatabaseChanges } from './database-changes';

/** A bound on a kept value's life, should a change ever go unheard; changes heard forget it at once. */
const KEEP_MS = 15_000;
const KEEP_AT_MOST = 10_000;

/**
 * Values read from the database and kept for the next requests, until the database announces a change to
 * their subject on `topic` (triggers NOTIFY `veri_changes`, ADR 0026). The process that commits a change
 * hears it before its COMMIT returns, so it never serves the old value again; other processes forget it as
 * soon as one of their connections is idle. While the process cannot hear changes nothing is kept, and a
 * read during which a change to its own subject (or a loss) was heard is used but not kept: it may predate
 * the change. Changes to other subjects and topics heard meanwhile do not matter, so a busy portal, which
 * hears changes all the time, keeps as much as a quiet one. Nothing is kept for a read that found nothing.
 * `read` must see committed data only: a read inside a transaction may see that transaction's own change,
 * which nothing announces if it rolls back.
 */
export class KeptUntilChanged<T extends object> {
  private readonly values = new LRUCache<string, T>({ max: KEEP_AT_MOST, ttl: KEEP_MS });
  /** The reads under way, each with what was heard while it ran. */
  private readonly reading = new Set<ReadUnderWay>();

  /**
   * `subjectOf` names what a change to a kept value is announced for, when that is not its key; a change
   * announced on `forgetAllOn` (a price list, say) forgets every kept value.
   */
  constructor(
    private readonly changes: DatabaseChanges,
    topic: string,
    private readonly options: { subjectOf?: (value: T) => string; forgetAllOn?: string } = {},
  ) {
    changes.subscribe(topic, {
      changed: (subject) => this.forget(subject),
      lost: () => this.forgetAll(),
    });
    // A loss is already heard on `topic`, and forgets everything there.
    if (options.forgetAllOn)
      changes.subscribe(options.forgetAllOn, { changed: () => this.forgetAll(), lost: () => undefined });
  }

  /** The kept value of `key`, or what `read` gives now (never null when `read` never gives null). */
  async get<Read extends T | null>(key: string, read: () => Promise<Read>): Promise<T | Read> {
    const kept = this.changes.hearing ? this.values.get(key) : undefined;
    if (kept) return kept;
    const underWay: ReadUnderWay = { changed: new Set(), everything: false };
    this.reading.add(underWay);
    let value: Read;
    try {
      value = await read();
    } finally {
      this.reading.delete(underWay);
    }
    if (
      value &&
      this.changes.hearing &&
      !underWay.everything &&
      !underWay.changed.has(this.subjectOf(key, value))
    )
      this.values.set(key, value);
    return value;
  }

  private subjectOf(key: string, value: T): string {
    return this.options.subjectOf ? this.options.subjectOf(value) : key;
  }

  private forgetAll(): void {
    this.values.clear();
    this.reading.forEach((underWay) => (underWay.everything = true));
  }

  private forget(subject: string): void {
    this.reading.forEach((underWay) => underWay.changed.add(subject));
    const subjectOf = this.options.subjectOf;
    if (!subjectOf) {
      this.values.delete(subject);
      return;
    }
    const keys = [...this.values.entries()].filter(([, value]) => subjectOf(value) === subject);
    keys.forEach(([key]) => this.values.delete(key));
  }
}

/** What a read heard while it ran: a change to one of `changed`, or to `everything` (a loss, a price list). */
interface ReadUnderWay {
  changed: Set<string>;
  everything: boolean;
}
