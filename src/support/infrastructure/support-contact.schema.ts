import { EntitySchema } from '@mikro-orm/core';
import { SupportContactState } from '../domain/support-contact';

/** The one row of support_contact. The SupportContact aggregate keeps its state private; the repository maps. */
export class SupportContactRecord implements SupportContactState {
  id: number;
  email: string;
  telephone: string | null;
  openingHours: string | null;
  postalAddress: string | null;
  notes: string | null;
  updatedAt?: Date;
}

export const SupportContactSchema = new EntitySchema<SupportContactRecord>({
  class: SupportContactRecord,
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
