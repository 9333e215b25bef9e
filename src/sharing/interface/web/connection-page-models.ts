import { ConnectionView } from '../../application/views/connection-views';
import { ConnectionStatus } from '../../domain/connection';
import { ConnectionPermission, ShareableDocumentSet } from '../../domain/connection-permission';

export const STATUS_LABELS: Record<ConnectionStatus, string> = {
  invited: 'Invited (not registered yet)',
  requested: 'Awaiting your approval',
  active: 'Active',
  expired: 'Expired',
  declined: 'Declined',
  deleted: 'Deleted',
};

export const THIRD_PARTY_STATUS_LABELS: Record<ConnectionStatus, string> = {
  ...STATUS_LABELS,
  invited: 'Invited',
  requested: 'Waiting for the candidate',
};

export interface PermissionCell {
  value: string;
  id: string;
  label: string;
  available: boolean;
  checked: boolean;
}

export interface PermissionRow {
  title: string;
  certificateNumber: string;
  shareable: boolean;
  reason: string | null;
  ecertificate: PermissionCell;
  etranscript: PermissionCell;
}

/**
 * The document permissions table: a row per achievement, its eCertificate and eTranscript checkboxes,
 * unshareable ones disabled with the reason (candidate guide, "ADD CONNECTIONS").
 */
export function permissionRows(
  options: ShareableDocumentSet[],
  chosen: ConnectionPermission[] | Array<{ certificateNumber: string; documents: string[] }>,
): PermissionRow[] {
  const ticked = new Set(
    chosen.flatMap((p) => p.documents.map((d) => `${p.certificateNumber.toUpperCase()}:${d}`)),
  );
  return options.map((option, index) => {
    const cell = (document: 'ecertificate' | 'etranscript', label: string): PermissionCell => {
      const value = `${option.certificateNumber}:${document}`;
      const available = option.shareable && option.documents[document];
      return {
        value,
        id: `permission-${index}-${document}`,
        label: `${label} of ${option.title} (${option.certificateNumber})`,
        available,
        checked: available && ticked.has(`${option.certificateNumber.toUpperCase()}:${document}`),
      };
    };
    return {
      title: option.title,
      certificateNumber: option.certificateNumber,
      shareable: option.shareable,
      reason: option.shareable
        ? option.documents.etranscript
          ? null
          : 'No eTranscript for this achievement'
        : (option.reason ?? 'Cannot be shared'),
      ecertificate: cell('ecertificate', 'eCertificate'),
      etranscript: cell('etranscript', 'eTranscript'),
    };
  });
}

/** The row's own fields come before the connection's: in Node 20 each property added after a spread is slow. */
export function connectionRow(connection: ConnectionView) {
  return {
    statusLabel: STATUS_LABELS[connection.status],
    canChange: connection.status === 'active' || connection.status === 'invited',
    // A request waiting for an answer is declined, not deleted: Approve and Decline are its two answers.
    canDelete: connection.status === 'active' || connection.status === 'invited',
    awaitingApproval: connection.status === 'requested',
    ...connection,
  };
}
