import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { FaqEntry } from '../domain/faq-entry';
import { FaqEntryRepository } from '../domain/faq-entry.repository';

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
    const [entries, total] = await this.em
      .fork()
      .findAndCount(
        FaqEntry,
        { published: true },
        { orderBy: { position: 'asc', id: 'asc' }, offset, limit },
      );
    return { entries, total };
  }

  listAll(): Promise<FaqEntry[]> {
    return this.em.find(FaqEntry, {}, { orderBy: { position: 'asc', id: 'asc' } });
  }

  byId(id: string): Promise<FaqEntry | null> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
      return Promise.resolve(null);
    return this.em.findOne(FaqEntry, { id });
  }

  atPosition(position: number): Promise<FaqEntry | null> {
    return this.em.findOne(FaqEntry, { position });
  }

  async lastPosition(): Promise<number> {
    const [row] = await this.em
      .getConnection()
      .execute<Array<{ last: number | null }>>('SELECT max(position) AS last FROM faq_entries');
    return row?.last ?? -1;
  }

  async add(entry: FaqEntry): Promise<void> {
    this.em.persist(entry);
    await this.em.flush();
  }

  async save(): Promise<void> {
    await this.em.flush();
  }

  async remove(entry: FaqEntry): Promise<void> {
    this.em.remove(entry);
    await this.em.flush();
  }
}
