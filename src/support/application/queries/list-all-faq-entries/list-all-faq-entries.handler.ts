import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { FaqEntryRepository } from '../../../domain/faq-entry.repository';
import { ListAllFaqEntries, StaffFaqEntryView } from './list-all-faq-entries.query';

@QueryHandler(ListAllFaqEntries)
export class ListAllFaqEntriesHandler implements IQueryHandler<ListAllFaqEntries> {
  constructor(private readonly entries: FaqEntryRepository) {}

  async execute(): Promise<StaffFaqEntryView[]> {
    const all = await this.entries.listAll();
    return all.map(({ id, question, answer, position, published, updatedAt }) => ({
      id,
      question,
      answer,
      position,
      published,
      updatedAt,
    }));
  }
}
