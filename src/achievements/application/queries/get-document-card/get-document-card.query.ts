import { Query } from '@nestjs/cqrs';
import { DocumentCard } from '../../views/document-card';
/** One document card, for the candidate who holds the achievement (anyone else: not found). */
export class GetDocumentCard extends Query<DocumentCard> {
  constructor(
    readonly candidateNumber: string | null,
    readonly certificateNumber: string,
  ) {
    super();
  }
}
