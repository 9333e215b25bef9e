/**
 * Who did what to what, when and from where: staff decisions, imports, sign-ins, credential changes.
 * Entries never hold secrets (no passwords, tokens, codes or hashes).
 */
export interface AuditEntry {
  /** The account that acted; null for the system or someone not signed in. */
  actorId?: string | null;
  /** What happened, as context.verb, e.g. "identity.registration-approved". */
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  /** The client's address, as the web layer saw it. */
  ip?: string | null;
  details?: Record<string, string | number | boolean | null>;
}

export interface AuditEvent extends Required<Omit<AuditEntry, 'details'>> {
  id: string;
  occurredAt: Date;
  details: Record<string, string | number | boolean | null>;
}

/** Where a command came from, for the audit trail. */
export interface RequestActor {
  accountId: string | null;
  ip: string | null;
}

export const SYSTEM_ACTOR: RequestActor = { accountId: null, ip: null };

/** Which audit events to list: a page of them, optionally only one action, actor or target. */
export interface AuditEventFilter {
  page: number;
  pageSize: number;
  action?: string;
  actorId?: string;
  targetId?: string;
}

export abstract class AuditLog {
  /** Adds the entry to the current transaction: it is kept only if the command commits. */
  abstract record(entry: AuditEntry): void;

  /** Newest first. */
  abstract list(query: AuditEventFilter): Promise<{
    items: AuditEvent[];
    total: number;
  }>;
}
