import type { DocumentCard } from '../../../achievements/achievements.public';
import { ShareableDocumentSet, SharedDocument } from '../../domain/connection-permission';

/** The part of Achievements' published card a third party sees, and whether it is revoked. */
export type SharedDocumentCard = Pick<
  DocumentCard,
  | 'certificateNumber'
  | 'kind'
  | 'title'
  | 'qualificationNumber'
  | 'candidateNumber'
  | 'fullName'
  | 'grade'
  | 'issueDate'
  | 'centre'
  | 'expiryDate'
  | 'status'
> & { revoked: boolean };

export interface SharedFile {
  fileName: string;
  contentType: 'application/pdf';
  content: Buffer;
}

/** What Sharing asks Achievements: what a candidate may share, the cards and the PDFs. */
export abstract class SharedAchievements {
  /** Every achievement of the candidate with what may be shared of it. */
  abstract shareableOf(candidateNumber: string): Promise<ShareableDocumentSet[]>;

  /** The cards of the named achievements the candidate holds, in one lookup; others are left out. */
  abstract cards(candidateNumber: string, certificateNumbers: string[]): Promise<SharedDocumentCard[]>;

  /** The PDF of a document held by the candidate; null when it does not exist or cannot be had (e.g. revoked). */
  abstract pdf(
    candidateNumber: string,
    certificateNumber: string,
    document: SharedDocument,
  ): Promise<SharedFile | null>;
}
