export interface StatusListPosition {
  listId: number;
  index: number;
}

/** Positions of credentials in Bitstring Status Lists, their revocations, and the signed lists. */
export abstract class CredentialStatusRegistry {
  /** Entries per list: 131,072 (16 KB uncompressed), the specification's minimum for privacy. */
  static readonly LIST_LENGTH = 131_072;

  /** The position of the credential for this achievement's data as it is (allocated on first use). */
  abstract positionFor(achievementId: string, dataHash: string): Promise<StatusListPosition>;

  /**
   * Revokes the achievement's credentials except those of `keepDataHash` (all of them when null).
   * Returns the lists that changed.
   */
  abstract revokeAllBut(achievementId: string, keepDataHash: string | null): Promise<number[]>;

  abstract revokedIndexes(listId: number): Promise<number[]>;

  /** Whether any entry was ever allocated in the list. */
  abstract listExists(listId: number): Promise<boolean>;

  abstract publishedList(listId: number): Promise<Record<string, unknown> | undefined>;

  abstract publishList(listId: number, credential: Record<string, unknown>): Promise<void>;
}
