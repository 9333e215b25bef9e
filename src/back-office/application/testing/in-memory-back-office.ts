// Object mothers and in-memory stand-ins of Back-office's ports, for the handlers' unit specs.
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { AuditEvent, AuditEventFilter, AuditLog } from '../../../shared/application/audit-log';
import { NotFoundError } from '../../../shared/domain';
import {
  DeadLetter,
  JOB_NOT_FOUND,
  JobCounts,
  JobQueue,
  QueueHealth,
} from '../../../shared/application/job-queue';
import { RecordImport } from '../../domain/record-import';
import { RecordImportRepository } from '../../domain/record-import.repository';

/** An object mother: an import of candidate records with one row of each outcome. */
export function aRecordImport(overrides: Partial<RecordImport> = {}): RecordImport {
  return RecordImport.record({
    id: '6f1c1f0e-2b1d-4c55-9a36-6a3a4f0d7b21',
    kind: 'candidate-records',
    fileName: 'records.csv',
    importedBy: 'staff-1',
    importedAt: new Date('2026-11-30T09:00:00Z'),
    created: 1,
    updated: 1,
    unchanged: 1,
    rejected: [{ row: 5, reason: 'Enter the date of birth' }],
    ...overrides,
  });
}

export class InMemoryRecordImports extends RecordImportRepository {
  readonly all: RecordImport[] = [];

  async add(entry: RecordImport): Promise<void> {
    this.all.push(entry);
  }
  async byId(id: string): Promise<RecordImport | null> {
    return this.all.find((e) => e.id === id) ?? null;
  }
  async list({ offset, limit }: { offset: number; limit: number }) {
    const newestFirst = [...this.all].sort((a, b) => b.importedAt.getTime() - a.importedAt.getTime());
    return { items: newestFirst.slice(offset, offset + limit), total: this.all.length };
  }
}

/** A queue holding only dead letters: retrying or discarding one takes it away, as Bull does. */
export class DeadLetterQueue extends JobQueue {
  readonly retried: string[] = [];
  readonly discarded: string[] = [];

  constructor(private readonly dead: string[] = []) {
    super();
  }

  async retryDeadLetter(id: string): Promise<void> {
    this.take(id);
    this.retried.push(id);
  }
  async discardDeadLetter(id: string): Promise<void> {
    this.take(id);
    this.discarded.push(id);
  }
  async deadLetters(): Promise<DeadLetter[]> {
    return this.dead.map((id) => ({
      id,
      topic: 'email.send',
      payload: {},
      attempts: 5,
      lastError: 'SMTP refused',
      failedAt: new Date('2026-11-30T09:00:00Z'),
    }));
  }
  async counts(): Promise<JobCounts> {
    return { waiting: 0, active: 0, delayed: 0, failed: this.dead.length, completed: 0 };
  }
  async health(): Promise<QueueHealth> {
    return { adapter: 'in-process', up: true };
  }
  async enqueue(): Promise<void> {
    throw new Error('not used by the back-office handlers');
  }
  async consume(): Promise<void> {
    throw new Error('not used by the back-office handlers');
  }
  async close(): Promise<void> {}

  private take(id: string): void {
    const at = this.dead.indexOf(id);
    if (at < 0) throw new NotFoundError(JOB_NOT_FOUND, 'There is no dead-lettered job with that id.');
    this.dead.splice(at, 1);
  }
}

/** The other contexts' commands and queries, answered with a result chosen by the test, and remembered. */
export class AnsweringBus {
  readonly sent: object[] = [];

  constructor(private readonly answer: (command: object) => unknown) {}

  async execute(command: object): Promise<unknown> {
    this.sent.push(command);
    return this.answer(command);
  }

  asCommandBus(): CommandBus {
    return this as unknown as CommandBus;
  }

  asQueryBus(): QueryBus {
    return this as unknown as QueryBus;
  }
}

/** An object mother: a staff decision as the audit trail keeps it. */
export function anAuditEvent(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: 'a1e0c2d4-0000-4000-8000-000000000001',
    occurredAt: new Date('2026-11-30T09:00:00Z'),
    actorId: 'staff-1',
    action: 'identity.registration-approved',
    targetType: 'account',
    targetId: 'account-7',
    ip: '192.0.2.1',
    details: { candidateNumber: 'A1234567', note: null },
    ...overrides,
  };
}

/** An audit trail that answers every listing with the same page of events and remembers what it was asked. */
export class ListedAuditLog extends AuditLog {
  readonly asked: AuditEventFilter[] = [];

  constructor(
    private readonly events: AuditEvent[],
    private readonly total = events.length,
  ) {
    super();
  }

  record(): void {
    throw new Error('not used by the back-office queries');
  }
  async list(filter: AuditEventFilter) {
    this.asked.push(filter);
    return { items: this.events, total: this.total };
  }
}
