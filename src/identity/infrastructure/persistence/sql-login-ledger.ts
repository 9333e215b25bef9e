import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { auditRowsJson, INSERT_AUDIT_ROWS } from '../../../shared/infrastructure/audit/audit-rows';
import { CompletedLogin, LoginLedger } from '../../application/ports/login-ledger';

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
  constructor(private readonly em: EntityManager) {
    super();
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
      .fork()
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
