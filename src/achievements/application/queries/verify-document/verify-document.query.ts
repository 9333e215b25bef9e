import { Query } from '@nestjs/cqrs';
/** Anyone checks a document by the code printed on it. */
export class VerifyDocument extends Query<VerificationResult> {
  constructor(readonly code: string) {
    super();
  }
}

/** The minimum a verifier needs: is it genuine, is it current, and whose is it. Nothing more. */
export interface VerificationResult {
  status: 'valid' | 'expired' | 'revoked';
  title: string;
  holderName: string;
  issueDate: string;
  expiryDate: string | null;
  certificateNumber: string;
}
