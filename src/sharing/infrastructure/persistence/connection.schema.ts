import { Constructor, EntitySchema } from '@mikro-orm/core';
import { Connection, ConnectionStatus } from '../../domain/connection';
import { ConnectionPermission } from '../../domain/connection-permission';

/**
 * The Connection aggregate's private state as the mapping sees it: each `_x` field is the column x.
 * Only this file and the repository know these names; everyone else reads the aggregate's getters.
 */
export interface ConnectionState {
  _id: string;
  _candidateAccountId: string;
  _candidateNumber: string;
  _candidateEmail: string;
  _candidateName: string;
  _candidateHasPhoto: boolean;
  _candidateProfileAt: Date;
  _thirdPartyFirstName: string;
  _thirdPartySurname: string;
  _thirdPartyEmail: string;
  _thirdPartyCompany: string;
  _thirdPartyAccountId: string | null;
  _status: ConnectionStatus;
  _permissions: ConnectionPermission[];
  _requestMessage: string | null;
  _createdAt: Date;
  _approvedAt: Date | null;
  _expiresAt: Date | null;
  _endedAt: Date | null;
  _reminderSentAt: Date | null;
  _updatedAt: Date;
}

const timestamp = (nullable = false) =>
  ({ type: 'Date', columnType: 'timestamptz', ...(nullable ? { nullable } : {}) }) as const;

/** Maps the Connection aggregate; its permissions are part of it, kept as a JSON array. */
export const ConnectionSchema = new EntitySchema<ConnectionState>({
  // The class whose instances are loaded and saved; its fields are private, hence the cast.
  class: Connection as unknown as Constructor<ConnectionState>,
  tableName: 'sharing_connections',
  properties: {
    _id: { type: 'uuid', primary: true, fieldName: 'id' },
    _candidateAccountId: { type: 'uuid', fieldName: 'candidate_account_id' },
    _candidateNumber: { type: 'string', length: 20, fieldName: 'candidate_number' },
    _candidateEmail: { type: 'string', length: 254, fieldName: 'candidate_email' },
    _candidateName: { type: 'string', length: 210, fieldName: 'candidate_name' },
    _candidateHasPhoto: { type: 'boolean', fieldName: 'candidate_has_photo' },
    _candidateProfileAt: { ...timestamp(), fieldName: 'candidate_profile_at' },
    _thirdPartyFirstName: { type: 'string', length: 100, fieldName: 'third_party_first_name' },
    _thirdPartySurname: { type: 'string', length: 100, fieldName: 'third_party_surname' },
    _thirdPartyEmail: { type: 'string', length: 254, fieldName: 'third_party_email' },
    _thirdPartyCompany: { type: 'string', length: 200, fieldName: 'third_party_company' },
    _thirdPartyAccountId: { type: 'uuid', nullable: true, fieldName: 'third_party_account_id' },
    _status: { type: 'string', length: 20, fieldName: 'status' },
    _permissions: { type: 'json', fieldName: 'permissions' },
    _requestMessage: { type: 'text', nullable: true, fieldName: 'request_message' },
    _createdAt: { ...timestamp(), fieldName: 'created_at' },
    _approvedAt: { ...timestamp(true), fieldName: 'approved_at' },
    _expiresAt: { ...timestamp(true), fieldName: 'expires_at' },
    _endedAt: { ...timestamp(true), fieldName: 'ended_at' },
    _reminderSentAt: { ...timestamp(true), fieldName: 'reminder_sent_at' },
    _updatedAt: { ...timestamp(), fieldName: 'updated_at' },
  },
});

/** A loaded row is a Connection (the schema's class); typed by its state only for the queries' sake. */
export function asConnection(state: ConnectionState): Connection;
export function asConnection(state: ConnectionState | null): Connection | null;
export function asConnection(state: ConnectionState | null): Connection | null {
  return state as unknown as Connection | null;
}

export function asConnections(states: ConnectionState[]): Connection[] {
  return states as unknown as Connection[];
}
