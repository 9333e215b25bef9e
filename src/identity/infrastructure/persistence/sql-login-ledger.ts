import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { auditRowsJson, INSERT_AUDIT_ROWS } from '../../../shared/infrastructure/audit/audit-rows';
import { CompletedLogin, LoginLedger, LoginLookup } from '../../application/ports/login-ledger';
import { Account } from '../../domain/account';
import { loginAttemptStateAt } from '../../domain/login-lockout';
import { AccountSchema } from './account.schema';

/**
 * One row whether or not either exists: the failure count under the key and the account with the address (its
 * email is unique). One round trip instead of two, and the same one for an address without an account. The
 * account's columns are those its schema maps, so the row maps to an Account as the repository's read would.
 */
function lookUpStatement(accountColumns: string[]): string {
  return `
    SELECT attempt.key IS NOT NULL AS attempts_counted, attempt.locked_until AS attempts_locked_until,
      ${accountColumns.map((column) => `account.${column}`).join(', ')}
    FROM (VALUES (1)) AS one
    LEFT JOIN identity_login_attempts attempt ON attempt.key = ?
    LEFT JOIN identity_accounts account ON account.email = ?`;
}

interface LookUpRow extends Record<string, unknown> {
  attempts_counted: boolean;
  attempts_locked_until: string | null;
  id: string | null;
}

const TOKEN_COLUMNS = 'id, account_id, token_hash, created_at, expires_at, revoked_at';

/**
 * One statement, so one round trip and atomic without BEGIN and COMMIT: the account's last login (and a new
 * hash), the failure count cleared, the token and the audit rows (read from JSON into each table's row type).
 */
const RECORD_SUCCESS = `
  WITH account AS (
    UPDATE identity_accounts SET last_login_at = ?, password_hash = coalesce(?, password_hash)
    WHERE id = ? RETURNING id
  ), cleared AS (
    DELETE FROM identity_login_attempts WHERE key = ?
  ), token AS (
    INSERT INTO identity_access_tokens (${TOKEN_COLUMNS})
    SELECT ${TOKEN_COLUMNS} FROM json_populate_recordset(NULL::identity_access_tokens, ?::json)
    WHERE EXISTS (SELECT 1 FROM account)
  )
  ${INSERT_AUDIT_ROWS}`;

@Injectable()
export class SqlLoginLedger extends LoginLedger {
  private lookUpSql?: string;

  constructor(private readonly em: EntityManager) {
    super();
  }

  async lookUp(email: string, key: string, now: Date): Promise<LoginLookup> {
    this.lookUpSql ??= lookUpStatement(
      this.em.getMetadata(AccountSchema).props.flatMap((property) => property.fieldNames),
    );
    const [row] = await this.em.execute<LookUpRow[]>(this.lookUpSql, [key, email]);
    const { attempts_counted: counted, attempts_locked_until: lockedUntil, ...columns } = row;
    // Mapped as the account repository's read would be, into the same entity manager (so it is managed alike).
    const account = columns.id ? this.em.map<Account>(AccountSchema, columns) : null;
    const stored = counted ? { lockedUntil: lockedUntil === null ? null : new Date(lockedUntil) } : null;
    return { account, attempts: loginAttemptStateAt(stored, now) };
  }

  async recordSuccess(login: CompletedLogin): Promise<void> {
    const token = login.token;
    const tokens = token
      ? [
          {
            id: token.id,
            account_id: token.accountId,
            token_hash: token.tokenHash,
            created_at: token.createdAt,
            expires_at: token.expiresAt,
            revoked_at: null,
          },
        ]
      : [];
    await this.em
      .getConnection()
      .execute(RECORD_SUCCESS, [
        login.at,
        login.rehash ?? null,
        login.accountId,
        login.clearAttemptsOf,
        JSON.stringify(tokens),
        auditRowsJson(login.audit, login.at),
      ]);
  }
}
