import { Achievement, VerificationStatus } from '../../domain/achievement';
import { AchievementKind } from '../../domain/achievement-kind';
import { DocumentKind } from '../../domain/document-kind';
import { TranscriptUnit } from '../../domain/transcript-unit';

/** The document card (candidate guide, "CERTIFICATE DETAILS") plus which PDFs can be had. */
export interface DocumentCard {
  certificateNumber: string;
  kind: AchievementKind;
  title: string;
  qualificationNumber: string | null;
  candidateNumber: string;
  fullName: string;
  grade: string | null;
  issueDate: string;
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

export function toDocumentCard(achievement: Achievement, today: string): DocumentCard {
  const ecertificate = achievement.document('ecertificate');
  const etranscript = achievement.document('etranscript');
  const reasons: Partial<Record<DocumentKind, string>> = {};
  if (!ecertificate.available) reasons.ecertificate = ecertificate.reason;
  if (!etranscript.available) reasons.etranscript = etranscript.reason;
  return {
    certificateNumber: achievement.certificateNumber,
    kind: achievement.kind,
    title: achievement.title,
    qualificationNumber: achievement.qualificationNumber ?? null,
    candidateNumber: achievement.candidateNumber,
    fullName: achievement.fullName,
    grade: achievement.grade ?? null,
    issueDate: achievement.issueDate,
    centre: achievement.centre ?? null,
    expiryDate: achievement.expiryDate ?? null,
    description: achievement.description ?? null,
    units: achievement.units.map((unit) => ({
      unitNumber: unit.unitNumber,
      title: unit.title,
      level: unit.level ?? undefined,
      credit: unit.credit ?? undefined,
      grade: unit.grade ?? undefined,
    })),
    status: achievement.verificationStatus(today),
    revokedAt: achievement.revokedAt ? achievement.revokedAt.toISOString() : null,
    documents: { ecertificate: ecertificate.available, etranscript: etranscript.available },
    documentReasons: reasons,
    shareable: achievement.isShareable(),
    verificationCode: achievement.verificationCode,
  };
}
