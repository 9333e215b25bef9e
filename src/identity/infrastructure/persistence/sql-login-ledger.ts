import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CompletedLogin, LoginLedger } from '../../application/ports/login-ledger';

const TOKEN_COLUMNS = 'id, account_id, token_hash, created_at, expires_at, revoked_at';
const AUDIT_COLUMNS = 'id, occurred_at, actor_id, action, target_type, target_id, ip, details';

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
  INSERT INTO audit_events (${AUDIT_COLUMNS})
  SELECT ${AUDIT_COLUMNS} FROM json_populate_recordset(NULL::audit_events, ?::json)`;

@Injectable()
export class SqlLoginLedger extends LoginLedger {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async recordSuccess(login: CompletedLogin): Promise<void> {
    const tokens = login.token
      ? [
          {
            id: login.token.id,
            account_id: login.token.accountId,
            token_hash: login.token.tokenHash,
            created_at: login.token.createdAt,
            expires_at: login.token.expiresAt,
            revoked_at: null,
          },
        ]
      : [];
    const audit = login.audit.map((entry) => ({
      id: randomUUID(),
      occurred_at: login.at,
      actor_id: entry.actorId ?? null,
      action: entry.action,
      target_type: entry.targetType ?? null,
      target_id: entry.targetId ?? null,
      ip: entry.ip ? entry.ip.slice(0, 45) : null,
      details: entry.details ?? {},
    }));
    await this.em
      .fork()
      .execute(RECORD_SUCCESS, [
        login.at,
        login.rehash ?? null,
        login.accountId,
        login.clearAttemptsOf,
        JSON.stringify(tokens),
        JSON.stringify(audit),
      ]);
  }
}
