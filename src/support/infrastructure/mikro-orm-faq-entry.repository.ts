import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { FaqEntry, FaqEntryState } from '../domain/faq-entry';
import { FaqEntryRepository } from '../domain/faq-entry.repository';
import { FaqEntrySchema } from './faq-entry.schema';
import { isUuid } from '../../shared/infrastructure/database/uuid';

const FAQ_ORDER = { orderBy: { position: 'asc', id: 'asc' } } as const;

@Injectable()
export class MikroOrmFaqEntryRepository extends FaqEntryRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async listPublished({
    offset,
    limit,
  }: {
    offset: number;
    limit: number;
  }): Promise<{ entries: FaqEntry[]; total: number }> {
    // A read of its own: usable from a page, the API or a job, inside a request context or not.
    const [records, total] = await this.em
      .fork()
      .findAndCount(FaqEntrySchema, { published: true }, { ...FAQ_ORDER, offset, limit });
    return { entries: records.map(toEntry), total };
  }

  async listAll(): Promise<FaqEntry[]> {
    return (await this.em.find(FaqEntrySchema, {}, FAQ_ORDER)).map(toEntry);
  }

  async byId(id: string): Promise<FaqEntry | null> {
    if (!isUuid(id)) return null;
    const record = await this.em.findOne(FaqEntrySchema, { id });
    return record && toEntry(record);
  }

  async atPosition(position: number): Promise<FaqEntry | null> {
    const record = await this.em.findOne(FaqEntrySchema, { position });
    return record && toEntry(record);
  }

  async lastPosition(): Promise<number> {
    const [row] = await this.em
      .getConnection()
      .execute<Array<{ last: number | null }>>('SELECT max(position) AS last FROM faq_entries');
    return row?.last ?? -1;
  }

  async add(entry: FaqEntry): Promise<void> {
    this.em.persist(this.em.create(FaqEntrySchema, entry.toState()));
    await this.em.flush();
  }

  async save(entry: FaqEntry): Promise<void> {
    // The row was read into this unit of work's identity map when the entry was loaded: no query here.
    const record = await this.em.findOneOrFail(FaqEntrySchema, { id: entry.id });
    this.em.assign(record, entry.toState());
    await this.em.flush();
  }

  async remove(entry: FaqEntry): Promise<void> {
    this.em.remove(this.em.getReference(FaqEntrySchema, entry.id));
    await this.em.flush();
  }
}

function toEntry(record: FaqEntryState): FaqEntry {
  const { id, question, answer, position, published, createdAt, updatedAt } = record;
  return FaqEntry.restore({ id, question, answer, position, published, createdAt, updatedAt });
}
