import { Query } from '@nestjs/cqrs';

/** Anyone checks an Open Badges credential file they were given. */
export class CheckCredential extends Query<CredentialCheckResult> {
  constructor(readonly credential: Record<string, unknown>) {
    super();
  }
}

export interface CredentialCheckResult {
  /** valid: issued by us and unchanged; invalid: changed, or not ours. */
  proof: 'valid' | 'invalid';
  status: 'valid' | 'expired' | 'revoked' | 'unknown';
  /** What the credential says (only when its proof is valid). */
  title: string | null;
  holderName: string | null;
  validFrom: string | null;
}
