import { AuditEntry } from '../../../shared/application/audit-log';
import { AccessLogEntry } from '../../domain/access-log';

export type RecordedAccess = AccessLogEntry & { thirdPartyName: string; occurredAt: Date };

/**
 * Writes a third party's view or download to the access log (for the candidate) and to the audit trail (for
 * staff) together, before the answer goes out: one statement in SQL, as a view is the hot path of Sharing.
 */
export abstract class AccessRecorder {
  abstract record(access: RecordedAccess, audit: AuditEntry): Promise<void>;
}
