import { BigIntType, EntitySchema } from '@mikro-orm/core';
import { Account } from '../../domain/account';

/** Maps the Account aggregate to identity_accounts (constraints live in the migration). */
export const AccountSchema = new EntitySchema<Account>({
  class: Account as unknown as new () => Account,
  tableName: 'identity_accounts',
  properties: {
    id: { type: 'uuid', primary: true },
    role: { type: 'string', length: 20 },
    status: { type: 'string', length: 30 },
    email: { type: 'string', length: 254 },
    emailVerifiedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    pendingEmail: { type: 'string', length: 254, nullable: true },
    passwordHash: { type: 'text', nullable: true },
    firstName: { type: 'string', length: 100 },
    surname: { type: 'string', length: 100 },
    telephone: { type: 'string', length: 30, nullable: true },
    mobile: { type: 'string', length: 30, nullable: true },
    dateOfBirth: { type: 'date', nullable: true },
    company: { type: 'string', length: 200, nullable: true },
    claimedCandidateNumber: { type: 'string', length: 20, nullable: true },
    candidateRecordId: { type: 'uuid', nullable: true },
    candidateNumber: { type: 'string', length: 20, nullable: true },
    social: { type: 'json' },
    photoKey: { type: 'string', length: 200, nullable: true },
    totpSecret: { type: 'string', length: 64, nullable: true },
    totpEnrolledAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    totpLastStep: { type: new BigIntType('number'), nullable: true },
    sessionsValidAfter: { type: 'Date', columnType: 'timestamptz' },
    rejectionReason: { type: 'text', nullable: true },
    activatedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    lastLoginAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    updatedAt: { type: 'Date', columnType: 'timestamptz' },
  },
});
