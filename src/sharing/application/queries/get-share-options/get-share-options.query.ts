import { Query } from '@nestjs/cqrs';
import { ShareableDocumentSet } from '../../../domain/connection-permission';

/** The rows of the document permissions table: every achievement of the candidate, shareable or not (with why). */
export class GetShareOptions extends Query<ShareableDocumentSet[]> {
  constructor(readonly candidateAccountId: string) {
    super();
  }
}
