/** Slow, salted password hashing (argon2id in production; see docs/adr/0002). */
export abstract class PasswordHasher {
  abstract hash(password: string): Promise<string>;
  abstract verify(hash: string, password: string): Promise<boolean>;
  /** True when the hash was made with weaker parameters than today's, so it should be replaced. */
  abstract needsRehash(hash: string): boolean;
}
