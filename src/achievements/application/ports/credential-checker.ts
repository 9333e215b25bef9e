export interface CredentialCheck {
  /** The proof verifies with our issuer key and nothing in the credential changed. */
  proof: 'valid' | 'invalid';
  /** From its status list: true revoked, false current, null unknown (no valid proof). */
  revoked: boolean | null;
  /** Past its validUntil. */
  expired: boolean;
}

/**
 * Checks a Verifiable Credential the way any verifier would (Data Integrity proof, status list), with
 * documents resolved by `resolve` (ours) and nothing fetched from elsewhere.
 */
export abstract class CredentialChecker {
  abstract check(
    credential: Record<string, unknown>,
    resolve: (url: string) => Promise<unknown | undefined>,
  ): Promise<CredentialCheck>;
}
