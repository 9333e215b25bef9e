import { Query } from '@nestjs/cqrs';

/** Anyone checks a PDF they were given: is the signature ours and intact, and is the document current? */
export class CheckUploadedDocument extends Query<UploadedDocumentCheck> {
  constructor(readonly pdf: Buffer) {
    super();
  }
}

export interface UploadedDocumentCheck {
  signature: 'valid' | 'invalid' | 'missing';
  /** Why an invalid signature is invalid: signed by someone else, changed since signing, or unreadable. */
  signatureProblem: 'not-ours' | 'changed' | 'unreadable' | null;
  signedBy: string | null;
  /** ISO 8601. */
  signedAt: string | null;
  /** The verification code the document carries; only read from a valid signature of ours. */
  code: string | null;
  /** The document's status today; unknown unless the signature is valid. */
  status: 'valid' | 'expired' | 'revoked' | 'unknown';
  title: string | null;
  holderName: string | null;
  certificateNumber: string | null;
}
