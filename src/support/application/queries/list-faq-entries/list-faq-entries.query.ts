import { Query } from '@nestjs/cqrs';

export interface FaqEntryView {
  id: string;
  question: string;
  /** Limited Markdown. */
  answer: string;
}

export interface FaqEntryList {
  items: FaqEntryView[];
  page: number;
  pageSize: number;
  totalItems: number;
  totalPages: number;
}

/** The published FAQ entries in their order, a page at a time (api.md list conventions). */
export class ListFaqEntries extends Query<FaqEntryList> {
  constructor(
    readonly page = 1,
    readonly pageSize = 10,
  ) {
    super();
  }
}
