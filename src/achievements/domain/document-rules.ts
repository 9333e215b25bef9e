// Which documents an achievement has, and its verification status, from its recorded facts alone: the
// aggregate answers with these, and so do read models that list cards without loading aggregates.
import { AchievementKind } from './achievement-kind';
import { DocumentAvailability, DocumentKind } from './document-kind';

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

/** What the rules look at. */
export interface DocumentFacts {
  kind: AchievementKind;
  issueDate: string;
  expiryDate?: string | null;
  revoked: boolean;
  unitCount: number;
}

export function documentAvailability(facts: DocumentFacts, kind: DocumentKind): DocumentAvailability {
  if (facts.revoked) return { available: false, reason: REVOKED_REASON };
  if (facts.issueDate < PDF_FIRST_ISSUE_DATE) return { available: false, reason: BEFORE_PDFS_REASON };
  if (kind === 'etranscript') {
    if (facts.kind === 'accreditation') return { available: false, reason: ACCREDITATION_TRANSCRIPT_REASON };
    if (facts.unitCount === 0) return { available: false, reason: NO_UNITS_REASON };
  }
  return { available: true };
}

/** `today` is the UK calendar date: a document expires at the end of its expiry day. */
export function verificationStatusOf(facts: DocumentFacts, today: string): VerificationStatus {
  if (facts.revoked) return 'revoked';
  if (facts.expiryDate && facts.expiryDate < today) return 'expired';
  return 'valid';
}
