import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { GetAccountSummaries } from '../../../identity/identity.public';
import type { AccountSummary } from '../../../identity/identity.public';
import { AuditEvent } from '../../../shared/application/audit-log';

/** An audit event as staff read it: who acted by name, and only the details that say something. */
export interface AuditEntryView extends AuditEvent {
  actorName: string;
  detailText: string;
}

/** Names the actors of audit events with one query for all of them (the trail stores account ids). */
@Injectable()
export class AuditEntries {
  constructor(private readonly queries: QueryBus) {}

  async readable(events: AuditEvent[]): Promise<AuditEntryView[]> {
    const ids = [...new Set(events.map((event) => event.actorId).filter((id): id is string => Boolean(id)))];
    const accounts: AccountSummary[] = ids.length
      ? await this.queries.execute(new GetAccountSummaries(ids, []))
      : [];
    const names = new Map(accounts.map((account) => [account.accountId, account.displayName]));
    return events.map((event) => ({
      ...event,
      actorName: event.actorId ? (names.get(event.actorId) ?? 'A removed account') : 'The system',
      detailText: detailText(event.details),
    }));
  }
}

/** "reason: Duplicate record, rows: 3": empty values (null, blank) are left out rather than shown as null. */
export function detailText(details: AuditEvent['details']): string {
  return Object.entries(details)
    .filter(([, value]) => value !== null && value !== undefined && String(value).trim() !== '')
    .map(([key, value]) => `${key}: ${value}`)
    .join(', ');
}
