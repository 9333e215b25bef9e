import { EntitySchema } from '@mikro-orm/core';
import { SupportContactState } from '../domain/support-contact';

/** The one row of support_contact (id 1), a plain record: the SupportContact aggregate keeps its state private. */
export type SupportContactRow = SupportContactState & { id: number };

export const SupportContactSchema = new EntitySchema<SupportContactRow>({
  name: 'SupportContactRecord',
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
