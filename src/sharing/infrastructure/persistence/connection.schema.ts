import { EntitySchema } from '@mikro-orm/core';
import { Connection } from '../../domain/connection';

/** Maps the Connection aggregate; its permissions are part of it, kept as a JSON array. */
export const ConnectionSchema = new EntitySchema<Connection>({
  class: Connection,
  tableName: 'sharing_connections',
  properties: {
    id: { type: 'uuid', primary: true },
    candidateAccountId: { type: 'uuid' },
    candidateNumber: { type: 'string', length: 20 },
    candidateEmail: { type: 'string', length: 254 },
    candidateName: { type: 'string', length: 210 },
    thirdPartyFirstName: { type: 'string', length: 100 },
    thirdPartySurname: { type: 'string', length: 100 },
    thirdPartyEmail: { type: 'string', length: 254 },
    thirdPartyCompany: { type: 'string', length: 200 },
    thirdPartyAccountId: { type: 'uuid', nullable: true },
    status: { type: 'string', length: 20 },
    permissions: { type: 'json' },
    requestMessage: { type: 'text', nullable: true },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    approvedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    expiresAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    endedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    reminderSentAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    updatedAt: { type: 'Date', columnType: 'timestamptz' },
  },
});
