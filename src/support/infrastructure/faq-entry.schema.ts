import { EntitySchema } from '@mikro-orm/core';
import { FaqEntry } from '../domain/faq-entry';

export const FaqEntrySchema = new EntitySchema<FaqEntry>({
  class: FaqEntry,
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
