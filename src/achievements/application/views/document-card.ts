import { Achievement, VerificationStatus } from '../../domain/achievement';
import { DocumentFacts, documentAvailability, verificationStatusOf } from '../../domain/document-rules';
import { AchievementKind } from '../../domain/achievement-kind';
import { DocumentKind } from '../../domain/document-kind';
import { TranscriptUnit } from '../../domain/transcript-unit';
import { AchievementHeadline } from './achievement-headline';

/** The document card (candidate guide, "CERTIFICATE DETAILS") plus which PDFs can be had. */
export interface DocumentCard extends AchievementHeadline {
  grade: string | null;
  centre: string | null;
  expiryDate: string | null;
  description: string | null;
  units: TranscriptUnit[];
  status: VerificationStatus;
  revokedAt: string | null;
  documents: Record<DocumentKind, boolean>;
  /** Why a document cannot be had, for each one that cannot. */
  documentReasons: Partial<Record<DocumentKind, string>>;
  shareable: boolean;
  /** The code printed on its documents: the holder's link to the public verification page. */
  verificationCode: string;
}

/** An achievement's recorded fields, as a card shows them: the aggregate has them, and so does a read model's row. */
export interface AchievementRecord {
  id: string;
  certificateNumber: string;
  kind: AchievementKind;
  title: string;
  qualificationNumber?: string | null;
  candidateNumber: string;
  fullName: string;
  grade?: string | null;
  issueDate: string;
  centre?: string | null;
  expiryDate?: string | null;
  description?: string | null;
  units: ReadonlyArray<Readonly<TranscriptUnit>>;
  verificationCode: string;
  revokedAt?: Date | null;
}

export function toDocumentCard(achievement: Achievement, today: string): DocumentCard {
  return documentCardOf(achievement, today);
}

/** What the document rules look at, from a recorded achievement (the aggregate keeps its own). */
export function documentFactsOf(record: AchievementRecord): DocumentFacts {
  return {
    kind: record.kind,
    issueDate: record.issueDate,
    expiryDate: record.expiryDate,
    revoked: record.revokedAt !== undefined && record.revokedAt !== null,
    unitCount: record.units.length,
  };
}

/** The card of a recorded achievement, by the same rules as the aggregate (document-rules.ts). */
export function documentCardOf(record: AchievementRecord, today: string): DocumentCard {
  const facts = documentFactsOf(record);
  const ecertificate = documentAvailability(facts, 'ecertificate');
  const etranscript = documentAvailability(facts, 'etranscript');
  const reasons: Partial<Record<DocumentKind, string>> = {};
  if (!ecertificate.available) reasons.ecertificate = ecertificate.reason;
  if (!etranscript.available) reasons.etranscript = etranscript.reason;
  return {
    certificateNumber: record.certificateNumber,
    kind: record.kind,
    title: record.title,
    qualificationNumber: record.qualificationNumber ?? null,
    candidateNumber: record.candidateNumber,
    fullName: record.fullName,
    grade: record.grade ?? null,
    issueDate: record.issueDate,
    centre: record.centre ?? null,
    expiryDate: record.expiryDate ?? null,
    description: record.description ?? null,
    units: record.units.map((unit) => ({
      unitNumber: unit.unitNumber,
      title: unit.title,
      level: unit.level ?? undefined,
      credit: unit.credit ?? undefined,
      grade: unit.grade ?? undefined,
    })),
    status: verificationStatusOf(facts, today),
    revokedAt: record.revokedAt ? record.revokedAt.toISOString() : null,
    documents: { ecertificate: ecertificate.available, etranscript: etranscript.available },
    documentReasons: reasons,
    // Only documents that exist as PDFs can be shared; revoked ones never (Achievement.isShareable).
    shareable: ecertificate.available,
    verificationCode: record.verificationCode,
  };
}
