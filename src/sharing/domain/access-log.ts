import { SharedDocument } from './connection-permission';

/** What a third party looked at: the list of document cards, or a PDF. */
export type AccessKind = 'viewed-documents' | 'downloaded';

export interface AccessLogEntry {
  connectionId: string;
  thirdPartyAccountId: string;
  kind: AccessKind;
  certificateNumber: string | null;
  document: SharedDocument | null;
}

export interface AccessRecord extends AccessLogEntry {
  id: string;
  thirdPartyName: string;
  occurredAt: Date;
}

/** Every view and download by a third party, kept for the candidate to see (who, what, when); written by AccessRecorder. */
export abstract class AccessLog {
  /** Newest first. */
  abstract list(
    connectionId: string,
    page: { offset: number; limit: number },
  ): Promise<{ items: AccessRecord[]; total: number }>;
}
