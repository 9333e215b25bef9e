import { newId } from '../../shared/domain';
import { InvalidTokenError } from './identity.errors';
import { newSecretToken } from './secret-token';

export type OneTimeTokenPurpose =
  'email_verification' | 'email_change' | 'password_reset' | 'staff_invitation';

const HOUR = 60 * 60 * 1000;

/** How long each kind of emailed link works. A password reset is short-lived (product.md). */
export const ONE_TIME_TOKEN_LIFETIME_MS: Record<OneTimeTokenPurpose, number> = {
  email_verification: 7 * 24 * HOUR,
  email_change: 24 * HOUR,
  password_reset: 1 * HOUR,
  staff_invitation: 72 * HOUR,
};

/** The secret in an emailed link: single-use, short-lived, stored only as a hash. */
export class OneTimeToken {
  id: string;
  accountId: string;
  purpose: OneTimeTokenPurpose;
  tokenHash: string;
  /** The address the link was sent to: the link proves that address, and no other. */
  email: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null = null;

  static issue(
    accountId: string,
    purpose: OneTimeTokenPurpose,
    email: string,
    now: Date,
  ): { record: OneTimeToken; token: string } {
    const secret = newSecretToken();
    const record = new OneTimeToken();
    record.id = newId();
    record.accountId = accountId;
    record.purpose = purpose;
    record.tokenHash = secret.hash;
    record.email = email;
    record.createdAt = now;
    record.expiresAt = new Date(now.getTime() + ONE_TIME_TOKEN_LIFETIME_MS[purpose]);
    record.usedAt = null;
    return { record, token: secret.token };
  }

  /** Uses the token up; an already used or expired one is refused with the same answer as an unknown one. */
  consume(now: Date): void {
    if (this.usedAt || this.expiresAt <= now) throw new InvalidTokenError();
    this.usedAt = now;
  }
}

/** The links that lead to the "choose a password" page: a reset, and a staff invitation. */
export const PASSWORD_LINK_PURPOSES: OneTimeTokenPurpose[] = ['password_reset', 'staff_invitation'];

export abstract class OneTimeTokenRepository {
  abstract add(token: OneTimeToken): Promise<void>;
  /** Finds and locks the token for the rest of the transaction, so it cannot be used twice concurrently. */
  abstract byHashForUpdate(tokenHash: string, purposes: OneTimeTokenPurpose[]): Promise<OneTimeToken | null>;
  abstract save(token: OneTimeToken): Promise<void>;
  /** Ends the account's unused tokens of these purposes (a new link replaces the old ones). */
  abstract invalidateOutstanding(
    accountId: string,
    purposes: OneTimeTokenPurpose[],
    now: Date,
  ): Promise<void>;
}
