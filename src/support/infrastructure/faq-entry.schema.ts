import { EntitySchema } from '@mikro-orm/core';
import { FaqEntryState } from '../domain/faq-entry';

/** A row of faq_entries. The FaqEntry aggregate keeps its state private; the repository maps to and from this. */
export class FaqEntryRecord implements FaqEntryState {
  id: string;
  question: string;
  answer: string;
  position: number;
  published: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export const FaqEntrySchema = new EntitySchema<FaqEntryRecord>({
  class: FaqEntryRecord,
  tableName: 'faq_entries',
  properties: {
    id: { type: 'uuid', primary: true },
    question: { type: 'string', length: 300 },
    answer: { type: 'text' },
    position: { type: 'integer' },
    published: { type: 'boolean' },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    updatedAt: { type: 'Date', columnType: 'timestamptz' },
  },
});
