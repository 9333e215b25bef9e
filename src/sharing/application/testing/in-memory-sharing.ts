// Object mothers and in-memory stand-ins of Sharing's ports, for the handlers' unit specs.
import { UnmatchedRequest, UnmatchedRequests } from '../ports/unmatched-requests';
import { UnitOfWork } from '../../../shared/application/unit-of-work';
import { FixedClock } from '../../../shared/domain';
import { AccessLog, AccessRecord } from '../../domain/access-log';
import { AccessRecorder, RecordedAccess } from '../ports/access-recorder';
import { AuditEntry, AuditLog } from '../../../shared/application/audit-log';
import { CandidateParty, Connection } from '../../domain/connection';
import { ConnectionPage, ConnectionRepository } from '../../domain/connection.repository';
import { ShareableDocumentSet, SharedDocument } from '../../domain/connection-permission';
import { Parties, ThirdPartyAccount } from '../ports/parties';
import { SharedAchievements, SharedDocumentCard, SharedFile } from '../ports/shared-achievements';

export class PassThroughUnitOfWork extends UnitOfWork {
  run<T>(work: () => Promise<T>): Promise<T> {
    return work();
  }
}

export class InMemoryConnections extends ConnectionRepository {
  async lockAndCountInvitationsSince(candidateAccountId: string, since: Date): Promise<number> {
    return this.all.filter(
      (c) =>
        c.candidateAccountId === candidateAccountId &&
        c.createdAt > since &&
        c.approvedAt?.getTime() === c.createdAt.getTime(),
    ).length;
  }
  readonly all: Connection[] = [];

  /** What RecordingUnitOfWork collects events from. */
  aggregates() {
    return this.all;
  }
  add(connection: Connection): void {
    this.all.push(connection);
  }
  async byId(id: string) {
    return this.all.find((c) => c.id === id) ?? null;
  }
  async findOwnedBy(candidateAccountId: string, id: string) {
    return this.all.find((c) => c.id === id && c.candidateAccountId === candidateAccountId) ?? null;
  }
  async findForThirdParty(thirdPartyAccountId: string, id: string) {
    return this.all.find((c) => c.id === id && c.thirdPartyAccountId === thirdPartyAccountId) ?? null;
  }
  async lockPair(): Promise<void> {}
  async findLive(candidateAccountId: string, email: string) {
    return (
      this.all.find(
        (c) =>
          c.candidateAccountId === candidateAccountId &&
          c.thirdPartyEmail === email.toLowerCase() &&
          c.isLive(),
      ) ?? null
    );
  }
  async allOfThirdParty(thirdPartyAccountId: string) {
    return this.all.filter((c) => c.thirdPartyAccountId === thirdPartyAccountId);
  }
  async allOfCandidate(candidateAccountId: string) {
    return this.all.filter((c) => c.candidateAccountId === candidateAccountId);
  }

  async listInvitedAt(email: string) {
    return this.all.filter((c) => c.thirdPartyEmail === email.toLowerCase() && c.status === 'invited');
  }
  async listForCandidate(candidateAccountId: string): Promise<ConnectionPage> {
    const items = this.all.filter((c) => c.candidateAccountId === candidateAccountId);
    return { items, total: items.length };
  }
  async listByCandidateNumber(candidateNumber: string): Promise<ConnectionPage> {
    const items = this.all.filter((c) => c.candidateNumber === candidateNumber);
    return { items, total: items.length };
  }
  async listForThirdParty(thirdPartyAccountId: string): Promise<ConnectionPage> {
    const items = this.all.filter((c) => c.thirdPartyAccountId === thirdPartyAccountId);
    return { items, total: items.length };
  }
}

export class InMemoryAccessLog extends AccessLog {
  readonly entries: RecordedAccess[] = [];

  async list(): Promise<{ items: AccessRecord[]; total: number }> {
    return { items: [], total: 0 };
  }
}

/** Writes each access to the in-memory log and its entry to the audit log, as the SQL recorder does at once. */
export class InMemoryAccessRecorder extends AccessRecorder {
  constructor(
    private readonly log: InMemoryAccessLog,
    private readonly audit: AuditLog,
  ) {
    super();
  }

  async record(access: RecordedAccess, audit: AuditEntry): Promise<void> {
    this.log.entries.push(access);
    this.audit.record(audit);
  }
}

export const CANDIDATE: CandidateParty = {
  accountId: 'cand-1',
  candidateNumber: '00061010',
  email: 'sam@candidates.example',
  name: 'Sam Eichen',
  hasPhoto: false,
};
export const EMPLOYER: ThirdPartyAccount = {
  accountId: 'tp-1',
  email: 'hr@garage.example',
  firstName: 'Ann',
  surname: 'Hiring',
  displayName: 'Ann Hiring',
  company: 'Garage Ltd',
};

export class FakeParties extends Parties {
  candidates = [CANDIDATE];
  thirdParties = [EMPLOYER];

  async candidate(accountId: string) {
    return this.candidates.find((c) => c.accountId === accountId) ?? null;
  }
  async candidateByDetails(candidateNumber: string, surname: string, dateOfBirth: string) {
    return candidateNumber === CANDIDATE.candidateNumber &&
      surname.toLowerCase() === 'eichen' &&
      dateOfBirth === '1990-04-27'
      ? CANDIDATE
      : null;
  }
  async thirdPartyByEmail(email: string) {
    return this.thirdParties.find((t) => t.email === email.toLowerCase()) ?? null;
  }
  async thirdParty(accountId: string) {
    return this.thirdParties.find((t) => t.accountId === accountId) ?? null;
  }
  async candidatePhoto(): Promise<Buffer | null> {
    return null;
  }
}

export const SHAREABLE: ShareableDocumentSet[] = [
  {
    certificateNumber: 'Q-NEW',
    title: 'Level 3 Diploma',
    shareable: true,
    documents: { ecertificate: true, etranscript: true },
    reason: null,
  },
  {
    certificateNumber: 'A-ACC',
    title: 'Accredited Assessor',
    shareable: true,
    documents: { ecertificate: true, etranscript: false },
    reason: null,
  },
];

export class FakeAchievements extends SharedAchievements {
  revoked = new Set<string>();

  async shareableOf(candidateNumber: string) {
    return candidateNumber === CANDIDATE.candidateNumber ? SHAREABLE : [];
  }
  async cards(candidateNumber: string, certificateNumbers: string[]): Promise<SharedDocumentCard[]> {
    if (candidateNumber !== CANDIDATE.candidateNumber) return [];
    return certificateNumbers.map((certificateNumber) => ({
      certificateNumber,
      kind: 'qualification',
      title: certificateNumber,
      qualificationNumber: null,
      candidateNumber,
      fullName: 'Sam Eichen',
      grade: null,
      issueDate: '2019-05-01',
      centre: null,
      expiryDate: null,
      status: this.revoked.has(certificateNumber) ? 'revoked' : 'valid',
      revoked: this.revoked.has(certificateNumber),
    }));
  }
  async pdf(
    candidateNumber: string,
    certificateNumber: string,
    document: SharedDocument,
  ): Promise<SharedFile | null> {
    if (candidateNumber !== CANDIDATE.candidateNumber || this.revoked.has(certificateNumber)) return null;
    return {
      fileName: `${document}-${certificateNumber}.pdf`,
      contentType: 'application/pdf',
      content: Buffer.from('%PDF-1.7'),
    };
  }
}

/** The candidate's connection with EMPLOYER: active (the employer has an account) unless told otherwise. */
export function aSharedConnection(input: Partial<Parameters<typeof Connection.share>[0]> = {}): Connection {
  const connection = Connection.share({
    candidate: CANDIDATE,
    thirdParty: { firstName: 'Ann', surname: 'Hiring', email: EMPLOYER.email, company: 'Garage Ltd' },
    thirdPartyAccountId: EMPLOYER.accountId,
    expiresAt: new Date('2026-12-15T00:00:00Z'),
    permissions: [{ certificateNumber: 'Q-NEW', documents: ['ecertificate'] }],
    shareable: SHAREABLE,
    now: new Date('2026-11-01T09:00:00Z'),
    ...input,
  });
  connection.pullDomainEvents();
  return connection;
}

/** EMPLOYER's request to see the candidate's documents, waiting for the candidate's answer. */
export function aRequestedConnection(now = new Date('2026-11-01T09:00:00Z')): Connection {
  const connection = Connection.request({
    candidate: CANDIDATE,
    thirdParty: { firstName: 'Ann', surname: 'Hiring', email: EMPLOYER.email, company: 'Garage Ltd' },
    thirdPartyAccountId: EMPLOYER.accountId,
    message: 'Pre-employment check',
    now,
  });
  connection.pullDomainEvents();
  return connection;
}

/**
 * A connection whose expiry reminder went out at `at`: the expiry job records reminders set-based, in SQL
 * (docs/adr/0006), not through the aggregate, so this sets the state as the job leaves it in the table.
 */
export function remindedAt(connection: Connection, at: Date): Connection {
  return Object.assign(connection, { _reminderSentAt: at });
}

export const clockAt = (iso = '2026-11-29T09:00:00Z') => new FixedClock(new Date(iso));

export class InMemoryUnmatchedRequests extends UnmatchedRequests {
  readonly all: UnmatchedRequest[] = [];

  async record(request: UnmatchedRequest): Promise<void> {
    const same = this.all.some(
      (r) =>
        r.thirdPartyAccountId === request.thirdPartyAccountId &&
        r.candidateNumber === request.candidateNumber,
    );
    if (!same) this.all.push(request);
  }

  async newestOf(thirdPartyAccountId: string, limit: number) {
    const mine = this.all
      .filter((r) => r.thirdPartyAccountId === thirdPartyAccountId)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
    return { items: mine.slice(0, limit), total: mine.length };
  }
}
