import { Query } from '@nestjs/cqrs';
import { RequestActor } from '../../../../shared/application/audit-log';
import { DocumentKind } from '../../../domain/document-kind';
import { DocumentFile } from '../../services/achievement-documents';

/** Staff download any achievement's PDF (support, printing); every download is audited. */
export class GetDocumentPdfForStaff extends Query<DocumentFile> {
  constructor(
    readonly certificateNumber: string,
    readonly document: DocumentKind,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
