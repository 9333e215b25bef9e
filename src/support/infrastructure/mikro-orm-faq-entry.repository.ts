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
}
