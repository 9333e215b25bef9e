import { AggregateRoot, newId } from '../../shared/domain';
import { AchievementDetails } from './achievement-details';
import { AchievementKind } from './achievement-kind';
import { AchievementCorrected, AchievementIssued, AchievementRevoked } from './achievement.events';
import { AlreadyRevokedError } from './achievement.errors';
import { DocumentAvailability, DocumentKind } from './document-kind';
import { TranscriptUnit } from './transcript-unit';

/**
 * The awarding body's digital documents start with certificates issued on this day; earlier ones have
 * the document card only (candidate guide, "Documents").
 */
export const PDF_FIRST_ISSUE_DATE = '2017-11-01';

export const BEFORE_PDFS_REASON =
  'PDF versions are only available for certificates issued on or after 1 November 2017';
export const REVOKED_REASON = 'This achievement has been revoked, so its documents are no longer available';
export const ACCREDITATION_TRANSCRIPT_REASON =
  'An accreditation has an eCertificate only: there is no transcript';
export const NO_UNITS_REASON = 'There is no transcript for this achievement: no units are recorded';

export type VerificationStatus = 'valid' | 'expired' | 'revoked';

const DETAIL_FIELDS: Array<keyof AchievementDetails> = [
  'kind',
  'title',
  'qualificationNumber',
  'candidateNumber',
  'fullName',
  'grade',
  'issueDate',
  'centre',
  'expiryDate',
  'description',
  'units',
];

/**
 * A certificated achievement of one candidate. Its details come from the awarding body's records
 * (import) and change only by a staff correction; revocation is final. The verification code is made
 * once and kept through corrections, so documents already printed keep verifying.
 */
export class Achievement extends AggregateRoot {
  id: string;
  certificateNumber: string;
  kind: AchievementKind;
  title: string;
  qualificationNumber?: string;
  candidateNumber: string;
  fullName: string;
  grade?: string;
  issueDate: string;
  centre?: string;
  expiryDate?: string;
  description?: string;
  units: TranscriptUnit[];
  verificationCode: string;
  revokedAt?: Date;
  revocationReason?: string;
  /** Counts corrections; optimistic locking uses it too. */
  revision: number;
  createdAt: Date;
  updatedAt: Date;

  static issue(
    certificateNumber: string,
    details: AchievementDetails,
    verificationCode: string,
    now: Date,
  ): Achievement {
    const achievement = new Achievement();
    achievement.id = newId();
    achievement.certificateNumber = certificateNumber;
    achievement.assign(details);
    achievement.verificationCode = verificationCode;
    achievement.revision = 1;
    achievement.createdAt = now;
    achievement.updatedAt = now;
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
      units: this.units.map((unit) => ({ ...unit })),
    };
  }

  /** Replaces the details with corrected ones; returns the fields that changed (none: nothing happens). */
  correct(details: AchievementDetails, now: Date): string[] {
    const before = this.details();
    const changed = DETAIL_FIELDS.filter((field) => !sameValue(before[field], details[field]));
    if (changed.length === 0) return [];
    this.assign(details);
    this.revision += 1;
    this.updatedAt = now;
    this.record(new AchievementCorrected(this.id, this.certificateNumber, changed));
    return changed;
  }

  revoke(reason: string, now: Date): void {
    if (this.isRevoked()) throw new AlreadyRevokedError();
    this.revokedAt = now;
    this.revocationReason = reason;
    this.updatedAt = now;
    this.record(new AchievementRevoked(this.id, this.certificateNumber, this.candidateNumber, reason));
  }

  isRevoked(): boolean {
    return this.revokedAt !== undefined && this.revokedAt !== null;
  }

  isHeldBy(candidateNumber: string | undefined): boolean {
    return !!candidateNumber && candidateNumber === this.candidateNumber;
  }

  document(kind: DocumentKind): DocumentAvailability {
    if (this.isRevoked()) return { available: false, reason: REVOKED_REASON };
    if (this.issueDate < PDF_FIRST_ISSUE_DATE) return { available: false, reason: BEFORE_PDFS_REASON };
    if (kind === 'etranscript') {
      if (this.kind === 'accreditation') return { available: false, reason: ACCREDITATION_TRANSCRIPT_REASON };
      if (this.units.length === 0) return { available: false, reason: NO_UNITS_REASON };
    }
    return { available: true };
  }

  /** Only documents that exist as PDFs can be shared; revoked ones never. */
  isShareable(): boolean {
    return this.document('ecertificate').available;
  }

  /** `today` is the UK calendar date: a document expires at the end of its expiry day. */
  verificationStatus(today: string): VerificationStatus {
    if (this.isRevoked()) return 'revoked';
    if (this.expiryDate && this.expiryDate < today) return 'expired';
    return 'valid';
  }

  private assign(details: AchievementDetails): void {
    this.kind = details.kind;
    this.title = details.title;
    this.qualificationNumber = details.qualificationNumber;
    this.candidateNumber = details.candidateNumber;
    this.fullName = details.fullName;
    this.grade = details.grade;
    this.issueDate = details.issueDate;
    this.centre = details.centre;
    this.expiryDate = details.expiryDate;
    this.description = details.description;
    this.units = details.units.map((unit) => ({ ...unit }));
  }
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
