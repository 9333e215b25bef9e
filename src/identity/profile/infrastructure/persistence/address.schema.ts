import { EntitySchema, EntitySchemaMetadata } from '@mikro-orm/core';
import { Address } from '../../../domain/address';

/**
 * Maps address-book entries to identity_addresses (constraints live in the migration). An entry's state is
 * private: the properties are its `_` fields, and queries use those names (the repository).
 */
export const AddressSchema = new EntitySchema<Address>({
  class: Address,
  tableName: 'identity_addresses',
  properties: {
    _id: { fieldName: 'id', type: 'uuid', primary: true },
    _accountId: { fieldName: 'account_id', type: 'uuid' },
    _label: { fieldName: 'label', type: 'string', length: 50, nullable: true },
    _line1: { fieldName: 'line1', type: 'string', length: 100 },
    _line2: { fieldName: 'line2', type: 'string', length: 100, nullable: true },
    _town: { fieldName: 'town', type: 'string', length: 60 },
    _county: { fieldName: 'county', type: 'string', length: 60, nullable: true },
    _postcode: { fieldName: 'postcode', type: 'string', length: 10 },
    _country: { fieldName: 'country', type: 'string', length: 2, columnType: 'char(2)' },
    _isDefault: { fieldName: 'is_default', type: 'boolean' },
    _createdAt: { fieldName: 'created_at', type: 'Date', columnType: 'timestamptz' },
    _updatedAt: { fieldName: 'updated_at', type: 'Date', columnType: 'timestamptz' },
  } as unknown as EntitySchemaMetadata<Address>['properties'],
});
