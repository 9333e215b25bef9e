import { EntitySchema } from '@mikro-orm/core';
import { SupportContact } from '../domain/support-contact';

export const SupportContactSchema = new EntitySchema<SupportContact>({
  class: SupportContact,
  tableName: 'support_contact',
  properties: {
    id: { type: 'smallint', primary: true },
    email: { type: 'string', length: 254 },
    telephone: { type: 'string', length: 40, nullable: true },
    openingHours: { type: 'string', length: 200, nullable: true },
    postalAddress: { type: 'text', nullable: true },
    notes: { type: 'text', nullable: true },
    updatedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
  },
});
