import { Query } from '@nestjs/cqrs';
import { DocumentCard } from '../../views/document-card';

/**
 * Several document cards of one holder in one query (e.g. every document shared on a connection).
 * Certificate numbers the holder does not hold are left out, never reported.
 */
export class GetDocumentCards extends Query<DocumentCard[]> {
  constructor(
    readonly candidateNumber: string,
    readonly certificateNumbers: string[],
  ) {
    super();
  }
}
