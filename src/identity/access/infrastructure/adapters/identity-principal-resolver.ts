import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../../../shared/domain';
import { DatabaseChanges } from '../../../../shared/infrastructure/database/database-changes';
import { KeptUntilChanged } from '../../../../shared/infrastructure/database/kept-until-changed';
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

/** The topic of the triggers that announce a change to an account's principals (migration 20261206120000). */
export const PRINCIPAL_CHANGES_TOPIC = 'identity.principal';

/** What a session's account gives every request of that session. */
interface AccountPrincipal {
  principal: AuthenticatedPrincipal;
  sessionsValidAfter: number;
}

/** What a bearer token gives every request that presents it. */
interface TokenPrincipal {
  principal: AuthenticatedPrincipal;
  accountId: string;
  expiresAt: number;
}

const ACCOUNT_COLUMNS =
  'a.id, a.role, a.status, a.email, a.email_verified_at IS NOT NULL AS verified, a.first_name, a.surname, a.candidate_number';

/**
 * Identity's answer to "who is this?" for every request: one statement with only the columns a principal
 * needs (no entity is loaded), and the answer kept for the next requests of the same session or token
 * (ADR 0026). A kept principal is forgotten as soon as this process hears that the database changed what
 * it is made of (a token revoked, a password change that ends sessions, an account suspended or renamed:
 * triggers announce each), which is before the command that changed it has answered when that command ran
 * in this process; while the process cannot hear changes, nothing is kept. A token's expiry and a
 * session's lifetime are checked on every request. Only an active, verified account gets a principal.
 */
@Injectable()
export class IdentityPrincipalResolver extends PrincipalResolver {
  /** By account id (the subject of a change). */
  private readonly sessionAccounts: KeptUntilChanged<AccountPrincipal>;
  /** By token hash; a change to the token's account forgets it. */
  private readonly tokens: KeptUntilChanged<TokenPrincipal>;

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    changes: DatabaseChanges,
  ) {
    super();
    this.sessionAccounts = new KeptUntilChanged(changes, PRINCIPAL_CHANGES_TOPIC);
    this.tokens = new KeptUntilChanged(changes, PRINCIPAL_CHANGES_TOPIC, {
      subjectOf: (kept) => kept.accountId,
    });
  }

  async fromSession(login: SessionLogin): Promise<AuthenticatedPrincipal | null> {
    const account = await this.sessionAccounts.get(login.accountId, () => this.readAccount(login.accountId));
    if (!account || login.authenticatedAt < account.sessionsValidAfter) return null;
    const age = this.clock.now().getTime() - login.authenticatedAt;
    if (age > ABSOLUTE_SESSION_LIFETIME_MS[account.principal.role as Role]) return null;
    return account.principal;
  }

  async fromBearerToken(token: string): Promise<AuthenticatedPrincipal | null> {
    const tokenHash = hashSecretToken(token);
    const kept = await this.tokens.get(tokenHash, () => this.readToken(tokenHash));
    if (!kept || kept.expiresAt <= this.clock.now().getTime()) return null;
    return kept.principal;
  }

  private async readAccount(accountId: string): Promise<AccountPrincipal | null> {
    const [row] = await this.em
      .getConnection()
      .execute<(PrincipalRow & { sessions_valid_after: Date })[]>(
        `SELECT ${ACCOUNT_COLUMNS}, a.sessions_valid_after FROM identity_accounts a WHERE a.id = ?`,
        [accountId],
      );
    if (!row || !canAct(row)) return null;
    return {
      principal: principal(row, 'session', null),
      sessionsValidAfter: new Date(row.sessions_valid_after).getTime(),
    };
  }

  private async readToken(tokenHash: string): Promise<TokenPrincipal | null> {
    const [row] = await this.em
      .getConnection()
      .execute<(PrincipalRow & { token_id: string; expires_at: Date })[]>(
        `SELECT t.id AS token_id, t.expires_at, ${ACCOUNT_COLUMNS}
           FROM identity_access_tokens t JOIN identity_accounts a ON a.id = t.account_id
          WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ?`,
        [tokenHash, this.clock.now()],
      );
    if (!row || !canAct(row)) return null;
    return {
      principal: principal(row, 'token', row.token_id),
      accountId: row.id,
      expiresAt: new Date(row.expires_at).getTime(),
    };
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
  // Kept and shared by the requests of one session or token: nobody may change it.
  return Object.freeze({
    accountId: row.id,
    role: row.role,
    // As Account.displayName() writes it.
    displayName: `${row.first_name} ${row.surname}`,
    email: row.email,
    via,
    tokenId,
    candidateNumber: row.role === 'candidate' ? row.candidate_number : null,
  });
}
