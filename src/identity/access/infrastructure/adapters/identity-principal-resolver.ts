import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../../../shared/domain';
import { AuthenticatedPrincipal } from '../../../../shared/web/authentication/principal';
import { PrincipalResolver } from '../../../../shared/web/authentication/principal-resolver';
import { SessionLogin } from '../../../../shared/web/authentication/session-login';
import { AccountStatus, Role } from '../../../domain/account';
import { hashSecretToken } from '../../../domain/secret-token';

interface PrincipalRow {
  id: string;
  role: Role;
  status: AccountStatus;
  email: string;
  verified: boolean;
  first_name: string;
  surname: string;
  candidate_number: string | null;
}

/**
 * How long a web session lasts after the login that began it, however often it is used ("remember me"
 * renews the cookie, not the login). Staff then sign in again with their second factor.
 */
export const ABSOLUTE_SESSION_LIFETIME_MS: Record<Role, number> = {
  staff: 12 * 60 * 60 * 1000,
  candidate: 30 * 24 * 60 * 60 * 1000,
  third_party: 30 * 24 * 60 * 60 * 1000,
};

const ACCOUNT_COLUMNS =
  'a.id, a.role, a.status, a.email, a.email_verified_at IS NOT NULL AS verified, a.first_name, a.surname, a.candidate_number';

/**
 * Identity's answer to "who is this?" for every request: one statement, one round trip, and only the
 * columns a principal needs (no entity is loaded: this runs on every authenticated request). Nothing is
 * cached, so a revoked or expired token, a password change that ends sessions and a suspended account
 * take effect on the very next request. Only an active, verified account gets a principal.
 */
@Injectable()
export class IdentityPrincipalResolver extends PrincipalResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {
    super();
  }

  async fromSession(login: SessionLogin): Promise<AuthenticatedPrincipal | null> {
    const [row] = await this.em
      .getConnection()
      .execute<(PrincipalRow & { sessions_valid_after: Date })[]>(
        `SELECT ${ACCOUNT_COLUMNS}, a.sessions_valid_after FROM identity_accounts a WHERE a.id = ?`,
        [login.accountId],
      );
    if (!row || !canAct(row) || login.authenticatedAt < new Date(row.sessions_valid_after).getTime())
      return null;
    const age = this.clock.now().getTime() - login.authenticatedAt;
    if (age > ABSOLUTE_SESSION_LIFETIME_MS[row.role]) return null;
    return principal(row, 'session', null);
  }

  async fromBearerToken(token: string): Promise<AuthenticatedPrincipal | null> {
    const [row] = await this.em.getConnection().execute<(PrincipalRow & { token_id: string })[]>(
      `SELECT t.id AS token_id, ${ACCOUNT_COLUMNS}
         FROM identity_access_tokens t JOIN identity_accounts a ON a.id = t.account_id
        WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ?`,
      [hashSecretToken(token), this.clock.now()],
    );
    if (!row || !canAct(row)) return null;
    return principal(row, 'token', row.token_id);
  }
}

/** Account.canAct's rule, on the row: an active account whose email address is verified. */
function canAct(row: PrincipalRow): boolean {
  return row.status === 'active' && row.verified;
}

function principal(
  row: PrincipalRow,
  via: 'session' | 'token',
  tokenId: string | null,
): AuthenticatedPrincipal {
  return {
    accountId: row.id,
    role: row.role,
    // As Account.displayName() writes it.
    displayName: `${row.first_name} ${row.surname}`,
    email: row.email,
    via,
    tokenId,
    candidateNumber: row.role === 'candidate' ? row.candidate_number : null,
  };
}
