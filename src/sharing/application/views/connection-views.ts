import { AccessRecord } from '../../domain/access-log';
import { Connection, ConnectionStatus } from '../../domain/connection';
import { ConnectionPermission } from '../../domain/connection-permission';
import { type Paged, pagedOf } from '../../../shared/application/paged';

export { type Paged, pagedOf };

export function pageWindow(page: number, pageSize: number): { offset: number; limit: number } {
  return { offset: (page - 1) * pageSize, limit: pageSize };
}

/** A connection as its candidate (and staff) see it: api.md "Sharing", GET /me/connections. */
export interface ConnectionView {
  id: string;
  company: string;
  name: string;
  firstName: string;
  surname: string;
  email: string;
  status: ConnectionStatus;
  createdAt: string;
  approvedAt: string | null;
  expiresAt: string | null;
  permissions: ConnectionPermission[];
  /** The third party's note with its request, if any. */
  message: string | null;
}

/**
 * An active connection past its expiry is shown as expired at once: the expiry job may not have run
 * yet, but access has already ended.
 */
export function effectiveStatus(connection: Connection, now: Date): ConnectionStatus {
  if (connection.status === 'active' && !connection.isInForce(now)) return 'expired';
  return connection.status;
}

/** One page of connections (as a repository's list gives them) as their views, seen at `now`. */
export function connectionViewPage(
  found: { items: Connection[]; total: number },
  now: Date,
  page: number,
  pageSize: number,
): Paged<ConnectionView> {
  return pagedOf(
    found.items.map((c) => toConnectionView(c, now)),
    found.total,
    page,
    pageSize,
  );
}

export function toConnectionView(connection: Connection, now: Date): ConnectionView {
  return {
    id: connection.id,
    company: connection.thirdPartyCompany,
    name: `${connection.thirdPartyFirstName} ${connection.thirdPartySurname}`,
    firstName: connection.thirdPartyFirstName,
    surname: connection.thirdPartySurname,
    email: connection.thirdPartyEmail,
    status: effectiveStatus(connection, now),
    createdAt: connection.createdAt.toISOString(),
    approvedAt: connection.approvedAt?.toISOString() ?? null,
    expiresAt: connection.expiresAt?.toISOString() ?? null,
    permissions: [...connection.permissions],
    message: connection.requestMessage,
  };
}

/** A connection as its third party sees it; the candidate is named only while it is in force. */
export interface ThirdPartyConnectionView {
  id: string;
  status: ConnectionStatus;
  createdAt: string;
  approvedAt: string | null;
  expiresAt: string | null;
  /** The number the third party gave when it asked (or the candidate's, when the candidate shared): whom the card is for. */
  candidateNumber: string;
  candidate: { name: string; photoUrl: string | null } | null;
  documentCount: number;
}

export interface AccessRecordView {
  id: string;
  who: string;
  action: 'viewed-documents' | 'downloaded';
  certificateNumber: string | null;
  document: string | null;
  occurredAt: string;
}

export function toAccessRecordView(record: AccessRecord): AccessRecordView {
  return {
    id: record.id,
    who: record.thirdPartyName,
    action: record.kind,
    certificateNumber: record.certificateNumber,
    document: record.document,
    occurredAt: record.occurredAt.toISOString(),
  };
}

/** Where a connected candidate's photo is served to its third party. */
export function candidatePhotoUrl(connectionId: string): string {
  return `/api/v1/third-party/connections/${connectionId}/candidate-photo`;
}
