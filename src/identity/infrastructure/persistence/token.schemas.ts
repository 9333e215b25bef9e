import { EntitySchema } from '@mikro-orm/core';
import { AccessToken } from '../../domain/access-token';
import { OneTimeToken } from '../../domain/one-time-token';

export const AccessTokenSchema = new EntitySchema<AccessToken>({
  class: AccessToken,
  tableName: 'identity_access_tokens',
  properties: {
    id: { type: 'uuid', primary: true },
    accountId: { type: 'uuid' },
    tokenHash: { type: 'string', length: 64, columnType: 'char(64)' },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    expiresAt: { type: 'Date', columnType: 'timestamptz' },
    revokedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
  },
});

export const OneTimeTokenSchema = new EntitySchema<OneTimeToken>({
  class: OneTimeToken,
  tableName: 'identity_one_time_tokens',
  properties: {
    id: { type: 'uuid', primary: true },
    accountId: { type: 'uuid' },
    purpose: { type: 'string', length: 30 },
    tokenHash: { type: 'string', length: 64, columnType: 'char(64)' },
    email: { type: 'string', length: 254 },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    expiresAt: { type: 'Date', columnType: 'timestamptz' },
    usedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
  },
});
