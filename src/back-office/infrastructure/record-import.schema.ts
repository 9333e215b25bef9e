import { EntitySchema } from '@mikro-orm/core';
import { RecordImport } from '../domain/record-import';

export const RecordImportSchema = new EntitySchema<RecordImport>({
  class: RecordImport,
  tableName: 'back_office_imports',
  properties: {
    id: { type: 'uuid', primary: true },
    kind: { type: 'string', length: 30 },
    fileName: { type: 'string', length: 255 },
    importedBy: { type: 'uuid', nullable: true },
    importedAt: { type: 'Date', columnType: 'timestamptz' },
    created: { type: 'integer' },
    updated: { type: 'integer' },
    unchanged: { type: 'integer' },
    rejected: { type: 'json' },
  },
});
