/**
 * Signs W3C Verifiable Credentials (Data Model 2.0) as the awarding body: a Data Integrity proof with
 * the issuer's key, whose public half the issuer profile publishes.
 */
export abstract class CredentialSigner {
  /** The issuer's identifier: every credential's `issuer.id`, and where its profile is served. */
  abstract readonly issuerId: string;

  /** The issuer Profile, with the public key as a Multikey verification method. */
  abstract issuerProfile(): Promise<Record<string, unknown>>;

  /** The credential with its proof added; the input is left as it was. */
  abstract sign(credential: Record<string, unknown>): Promise<Record<string, unknown>>;

  /**
   * A signed BitstringStatusListCredential (revocation) at `listUrl`, of `length` entries with the bits
   * of `revokedIndexes` set.
   */
  abstract signStatusList(
    listUrl: string,
    length: number,
    revokedIndexes: number[],
  ): Promise<Record<string, unknown>>;
}
