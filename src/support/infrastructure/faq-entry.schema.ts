import { EntitySchema } from '@mikro-orm/core';
import { FaqEntryState } from '../domain/faq-entry';

/**
 * A row of faq_entries, a plain record: the FaqEntry aggregate keeps its state private, and the
 * repository makes it from a row (`FaqEntry.restore`) and a row from it (`toState`).
 */
export const FaqEntrySchema = new EntitySchema<FaqEntryState>({
  name: 'FaqEntryRecord',
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
