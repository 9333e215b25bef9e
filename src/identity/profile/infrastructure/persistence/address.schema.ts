import { EntitySchema } from '@mikro-orm/core';
import { Address } from '../../../domain/address';

/** Maps address-book entries to identity_addresses (constraints live in the migration). */
export const AddressSchema = new EntitySchema<Address>({
  class: Address,
  tableName: 'identity_addresses',
  properties: {
    id: { type: 'uuid', primary: true },
    accountId: { type: 'uuid' },
    label: { type: 'string', length: 50, nullable: true },
    line1: { type: 'string', length: 100 },
    line2: { type: 'string', length: 100, nullable: true },
    town: { type: 'string', length: 60 },
    county: { type: 'string', length: 60, nullable: true },
    postcode: { type: 'string', length: 10 },
    country: { type: 'string', length: 2, columnType: 'char(2)' },
    isDefault: { type: 'boolean' },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    updatedAt: { type: 'Date', columnType: 'timestamptz' },
  },
});
