// Object mothers and in-memory stand-ins of Support's ports, for the handlers' unit specs.
import { FaqEntry, FaqEntryContent } from '../../domain/faq-entry';
import { FaqEntryRepository } from '../../domain/faq-entry.repository';
import { SupportContact } from '../../domain/support-contact';
import { SupportContactRepository } from '../../domain/support-contact.repository';

const AT = new Date('2026-11-01T09:00:00Z');

/** An object mother: a published entry at `position`, its question and answer numbered after it. */
export function aFaqEntry(
  position: number,
  content: Partial<FaqEntryContent & { id: string }> = {},
): FaqEntry {
  return FaqEntry.create({
    id: `faq-${position}`,
    position,
    now: AT,
    question: `Question ${position}?`,
    answer: `Answer ${position}.`,
    published: true,
    ...content,
  });
}

/** Keeps positions unique at "commit" as the database does (checked by `positionsAreUnique`). */
export class InMemoryFaqEntries extends FaqEntryRepository {
  readonly all: FaqEntry[] = [];

  has(...entries: FaqEntry[]): this {
    this.all.push(...entries);
    return this;
  }
  /** The questions in FAQ order. */
  questions(): string[] {
    return [...this.all].sort((a, b) => a.position - b.position).map((e) => e.question);
  }
  positionsAreUnique(): boolean {
    return new Set(this.all.map((e) => e.position)).size === this.all.length;
  }
  async listPublished({ offset, limit }: { offset: number; limit: number }) {
    const published = [...this.all].filter((e) => e.published).sort((a, b) => a.position - b.position);
    return { entries: published.slice(offset, offset + limit), total: published.length };
  }
  async listAll() {
    return [...this.all].sort((a, b) => a.position - b.position);
  }
  async byId(id: string) {
    return this.all.find((e) => e.id === id) ?? null;
  }
  async atPosition(position: number) {
    return this.all.find((e) => e.position === position) ?? null;
  }
  async lastPosition() {
    return this.all.reduce((max, e) => Math.max(max, e.position), -1);
  }
  async add(entry: FaqEntry) {
    this.all.push(entry);
  }
  async save() {}
  async remove(entry: FaqEntry) {
    this.all.splice(this.all.indexOf(entry), 1);
  }
}

export class InMemorySupportContact extends SupportContactRepository {
  stored: SupportContact | null = null;

  async get() {
    return this.stored;
  }
  async save(contact: SupportContact) {
    this.stored = contact;
  }
}
