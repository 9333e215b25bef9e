import { Query } from '@nestjs/cqrs';
import { DocumentFile } from '../../services/achievement-documents';
import { DocumentKind } from '../../../domain/document-kind';

/**
 * The eCertificate or eTranscript PDF of an achievement, for a reader already authorised to see the
 * holder's documents: the holder (a candidate reading their own) or, through Sharing, a third party
 * with an active connection to that holder. The achievement must be held by `holderCandidateNumber`,
 * else it is not found, so a permission can never reach another candidate's document.
 */
export class GetDocumentPdf extends Query<DocumentFile> {
  constructor(
    readonly holderCandidateNumber: string | null,
    readonly certificateNumber: string,
    readonly document: DocumentKind,
  ) {
    super();
  }
}
