import { newId } from '../../shared/domain';
import { newSecretToken } from './secret-token';

/** API bearer tokens last a working day; a client logs in again after that. */
export const ACCESS_TOKEN_LIFETIME_MS = 12 * 60 * 60 * 1000;

/** An API bearer token: opaque to the client, stored as a SHA-256 hash, expiring and revocable. */
export class AccessToken {
  id: string;
  accountId: string;
  tokenHash: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null = null;

  static issue(accountId: string, now: Date): { accessToken: AccessToken; token: string } {
    const secret = newSecretToken();
    const accessToken = new AccessToken();
    accessToken.id = newId();
    accessToken.accountId = accountId;
    accessToken.tokenHash = secret.hash;
    accessToken.createdAt = now;
    accessToken.expiresAt = new Date(now.getTime() + ACCESS_TOKEN_LIFETIME_MS);
    accessToken.revokedAt = null;
    return { accessToken, token: secret.token };
  }

  /** Usable while not revoked and not expired (a password change revokes the account's other tokens). */
  isUsable(now: Date): boolean {
    return !this.revokedAt && this.expiresAt > now;
  }

  revoke(now: Date): void {
    this.revokedAt ??= now;
  }
}

export abstract class AccessTokenRepository {
  abstract add(token: AccessToken): Promise<void>;
  abstract byHash(tokenHash: string): Promise<AccessToken | null>;
  abstract save(token: AccessToken): Promise<void>;
  /** Revokes every live token of the account (after a password change or reset), except the one in use. */
  abstract revokeAllFor(accountId: string, now: Date, exceptTokenId?: string | null): Promise<void>;
}
