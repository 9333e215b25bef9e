import { Query } from '@nestjs/cqrs';
import { SharedDocumentCard } from '../../ports/shared-achievements';
import { ThirdPartyReader } from '../../third-party-reader';

export interface SharedDocumentsView {
  connectionId: string;
  expiresAt: string;
  candidate: { name: string; photoUrl: string | null };
  items: Array<SharedDocumentCard & { documents: { ecertificate: boolean; etranscript: boolean } }>;
}

/** The permitted document cards of an active connection; the view is logged for the candidate. */
export class ListSharedDocuments extends Query<SharedDocumentsView> {
  constructor(
    readonly reader: ThirdPartyReader,
    readonly connectionId: string,
  ) {
    super();
  }
}
