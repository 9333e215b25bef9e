import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { FaqEntryRepository } from '../../../domain/faq-entry.repository';
import { FaqEntryList, ListFaqEntries } from './list-faq-entries.query';

@QueryHandler(ListFaqEntries)
export class ListFaqEntriesHandler implements IQueryHandler<ListFaqEntries> {
  constructor(private readonly entries: FaqEntryRepository) {}

  async execute({ page, pageSize }: ListFaqEntries): Promise<FaqEntryList> {
    const { entries, total } = await this.entries.listPublished({
      offset: (page - 1) * pageSize,
      limit: pageSize,
    });
    return {
      items: entries.map(({ id, question, answer }) => ({ id, question, answer })),
      page,
      pageSize,
      totalItems: total,
      totalPages: Math.max(1, Math.ceil(total / pageSize)),
    };
  }
}
