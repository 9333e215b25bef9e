import { BigIntType, EntitySchema, EntitySchemaMetadata } from '@mikro-orm/core';
import { Account } from '../../domain/account';

/**
 * Maps the Account aggregate to identity_accounts (constraints live in the migration). The aggregate's
 * state is private: the properties named here are its `_` fields, so queries use those names too
 * (see the account repository); the columns keep their names.
 */
export const AccountSchema = new EntitySchema<Account>({
  class: Account as unknown as new () => Account,
  tableName: 'identity_accounts',
  properties: {
    _id: { fieldName: 'id', type: 'uuid', primary: true },
    _role: { fieldName: 'role', type: 'string', length: 20 },
    _status: { fieldName: 'status', type: 'string', length: 30 },
    _email: { fieldName: 'email', type: 'string', length: 254 },
    _emailVerifiedAt: {
      fieldName: 'email_verified_at',
      type: 'Date',
      columnType: 'timestamptz',
      nullable: true,
    },
    _pendingEmail: { fieldName: 'pending_email', type: 'string', length: 254, nullable: true },
    _passwordHash: { fieldName: 'password_hash', type: 'text', nullable: true },
    _firstName: { fieldName: 'first_name', type: 'string', length: 100 },
    _surname: { fieldName: 'surname', type: 'string', length: 100 },
    _telephone: { fieldName: 'telephone', type: 'string', length: 30, nullable: true },
    _mobile: { fieldName: 'mobile', type: 'string', length: 30, nullable: true },
    _dateOfBirth: { fieldName: 'date_of_birth', type: 'date', nullable: true },
    _company: { fieldName: 'company', type: 'string', length: 200, nullable: true },
    _claimedCandidateNumber: {
      fieldName: 'claimed_candidate_number',
      type: 'string',
      length: 20,
      nullable: true,
    },
    _candidateRecordId: { fieldName: 'candidate_record_id', type: 'uuid', nullable: true },
    _candidateNumber: { fieldName: 'candidate_number', type: 'string', length: 20, nullable: true },
    _social: { fieldName: 'social', type: 'json' },
    _photoKey: { fieldName: 'photo_key', type: 'string', length: 200, nullable: true },
    _totpSecret: { fieldName: 'totp_secret', type: 'string', length: 64, nullable: true },
    _totpEnrolledAt: {
      fieldName: 'totp_enrolled_at',
      type: 'Date',
      columnType: 'timestamptz',
      nullable: true,
    },
    _totpLastStep: { fieldName: 'totp_last_step', type: new BigIntType('number'), nullable: true },
    _sessionsValidAfter: { fieldName: 'sessions_valid_after', type: 'Date', columnType: 'timestamptz' },
    _rejectionReason: { fieldName: 'rejection_reason', type: 'text', nullable: true },
    _activatedAt: { fieldName: 'activated_at', type: 'Date', columnType: 'timestamptz', nullable: true },
    _lastLoginAt: { fieldName: 'last_login_at', type: 'Date', columnType: 'timestamptz', nullable: true },
    _createdAt: { fieldName: 'created_at', type: 'Date', columnType: 'timestamptz' },
    _updatedAt: { fieldName: 'updated_at', type: 'Date', columnType: 'timestamptz' },
  } as unknown as EntitySchemaMetadata<Account>['properties'],
});
