import { AggregateRoot, newId } from '../../shared/domain';
import { ACHIEVEMENT_DETAIL_FIELDS, AchievementDetails } from './achievement-details';
import { AchievementKind } from './achievement-kind';
import { AchievementCorrected, AchievementIssued, AchievementRevoked } from './achievement.events';
import { AlreadyRevokedError } from './achievement.errors';
import { DocumentAvailability, DocumentKind } from './document-kind';
import {
  DocumentFacts,
  documentAvailability,
  VerificationStatus,
  verificationStatusOf,
} from './document-rules';
import { TranscriptUnit } from './transcript-unit';

export {
  ACCREDITATION_TRANSCRIPT_REASON,
  BEFORE_PDFS_REASON,
  NO_UNITS_REASON,
  PDF_FIRST_ISSUE_DATE,
  REVOKED_REASON,
} from './document-rules';
export type { VerificationStatus } from './document-rules';

/**
 * A certificated achievement of one candidate. Its details come from the awarding body's records
 * (import) and change only by a staff correction; revocation is final. The verification code is made
 * once and kept through corrections, so documents already printed keep verifying.
 */
export class Achievement extends AggregateRoot {
  // The state is the aggregate's own: it changes only through the methods below. The persistence
  // mapping reads and writes these fields by name (infrastructure/persistence/achievement.schema.ts).
  private _id!: string;
  private _certificateNumber!: string;
  private _kind!: AchievementKind;
  private _title!: string;
  private _qualificationNumber?: string;
  private _candidateNumber!: string;
  private _fullName!: string;
  private _grade?: string;
  private _issueDate!: string;
  private _centre?: string;
  private _expiryDate?: string;
  private _description?: string;
  private _units!: TranscriptUnit[];
  private _verificationCode!: string;
  private _revokedAt?: Date;
  private _revocationReason?: string;
  private _revision!: number;
  private _createdAt!: Date;
  private _updatedAt!: Date;

  get id(): string {
    return this._id;
  }
  get certificateNumber(): string {
    return this._certificateNumber;
  }
  get kind(): AchievementKind {
    return this._kind;
  }
  get title(): string {
    return this._title;
  }
  get qualificationNumber(): string | undefined {
    return this._qualificationNumber;
  }
  get candidateNumber(): string {
    return this._candidateNumber;
  }
  get fullName(): string {
    return this._fullName;
  }
  get grade(): string | undefined {
    return this._grade;
  }
  get issueDate(): string {
    return this._issueDate;
  }
  get centre(): string | undefined {
    return this._centre;
  }
  get expiryDate(): string | undefined {
    return this._expiryDate;
  }
  get description(): string | undefined {
    return this._description;
  }
  /** Read-only: the units change only by a correction. */
  get units(): ReadonlyArray<Readonly<TranscriptUnit>> {
    return this._units;
  }
  get verificationCode(): string {
    return this._verificationCode;
  }
  get revokedAt(): Date | undefined {
    return this._revokedAt;
  }
  get revocationReason(): string | undefined {
    return this._revocationReason;
  }
  /** Counts corrections; optimistic locking uses it too. */
  get revision(): number {
    return this._revision;
  }
  get createdAt(): Date {
    return this._createdAt;
  }
  get updatedAt(): Date {
    return this._updatedAt;
  }

  static issue(
    certificateNumber: string,
    details: AchievementDetails,
    verificationCode: string,
    now: Date,
  ): Achievement {
    const achievement = new Achievement();
    achievement._id = newId();
    achievement._certificateNumber = certificateNumber;
    achievement.assign(details);
    achievement._verificationCode = verificationCode;
    achievement._revision = 1;
    achievement._createdAt = now;
    achievement._updatedAt = now;
    achievement.record(new AchievementIssued(achievement.id, certificateNumber, details.candidateNumber));
    return achievement;
  }

  details(): AchievementDetails {
    return {
      kind: this.kind,
      title: this.title,
      qualificationNumber: this.qualificationNumber,
      candidateNumber: this.candidateNumber,
      fullName: this.fullName,
      grade: this.grade,
      issueDate: this.issueDate,
      centre: this.centre,
      expiryDate: this.expiryDate,
      description: this.description,
      units: this._units.map((unit) => ({ ...unit })),
    };
  }

  /** Replaces the details with corrected ones; returns the fields that changed (none: nothing happens). */
  correct(details: AchievementDetails, now: Date): string[] {
    const changed = changedDetails(this.details(), details);
    if (changed.length === 0) return [];
    this.assign(details);
    this._revision += 1;
    this._updatedAt = now;
    this.record(new AchievementCorrected(this.id, this.certificateNumber, changed));
    return changed;
  }

  revoke(reason: string, now: Date): void {
    if (this.isRevoked()) throw new AlreadyRevokedError();
    this._revokedAt = now;
    this._revocationReason = reason;
    this._updatedAt = now;
    this.record(new AchievementRevoked(this.id, this.certificateNumber, this.candidateNumber, reason));
  }

  isRevoked(): boolean {
    return this._revokedAt !== undefined && this._revokedAt !== null;
  }

  isHeldBy(candidateNumber: string | undefined): boolean {
    return !!candidateNumber && candidateNumber === this.candidateNumber;
  }

  document(kind: DocumentKind): DocumentAvailability {
    return documentAvailability(this.facts(), kind);
  }

  /** Only documents that exist as PDFs can be shared; revoked ones never. */
  isShareable(): boolean {
    return this.document('ecertificate').available;
  }

  /** `today` is the UK calendar date: a document expires at the end of its expiry day. */
  verificationStatus(today: string): VerificationStatus {
    return verificationStatusOf(this.facts(), today);
  }

  private facts(): DocumentFacts {
    return {
      kind: this.kind,
      issueDate: this.issueDate,
      expiryDate: this.expiryDate,
      revoked: this.isRevoked(),
      unitCount: this.units.length,
    };
  }

  private assign(details: AchievementDetails): void {
    this._kind = details.kind;
    this._title = details.title;
    this._qualificationNumber = details.qualificationNumber;
    this._candidateNumber = details.candidateNumber;
    this._fullName = details.fullName;
    this._grade = details.grade;
    this._issueDate = details.issueDate;
    this._centre = details.centre;
    this._expiryDate = details.expiryDate;
    this._description = details.description;
    this._units = details.units.map((unit) => ({ ...unit }));
  }
}

/** The fields that differ between two sets of details: what a correction from one to the other changes. */
export function changedDetails(before: AchievementDetails, after: AchievementDetails): string[] {
  return ACHIEVEMENT_DETAIL_FIELDS.filter((field) => !sameValue(before[field], after[field]));
}

/** Compares by content: stored units come back with their keys in another order, and absent equals undefined. */
function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([x], [y]) => (x < y ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
