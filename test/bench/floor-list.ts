// What every authenticated read of the floor benchmark does at the least: find who is asking with the portal's
// bearer-token statement, then list their achievements. The floor's servers run it on pg and through MikroORM.
import { Pool } from 'pg';
import { hashSecretToken } from '../../src/identity/domain/secret-token';
import { LIST_SQL } from './fixtures';

/** Runs a statement written with pg's placeholders ($1, $2) and gives its rows. */
export type RunStatement = (sql: string, params: unknown[]) => Promise<Array<Record<string, unknown>>>;

// The portal's bearer-token statement (IdentityPrincipalResolver.fromBearerToken), columns and all.
const PRINCIPAL_SQL = `SELECT t.id AS token_id, a.id, a.role, a.status, a.email, a.email_verified_at IS NOT NULL AS verified,
    a.first_name, a.surname, a.candidate_number
  FROM identity_access_tokens t JOIN identity_accounts a ON a.id = t.account_id
  WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > $2`;

export const onPool =
  (pool: Pool): RunStatement =>
  async (sql, params) =>
    (await pool.query(sql, params)).rows;

/** Who is asking, then their list. Null when refused. */
export async function listOfBearer(
  authorization: string | undefined,
  run: RunStatement,
): Promise<{ items: unknown[] } | null> {
  const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
  if (!token) return null;
  const [candidate] = await run(PRINCIPAL_SQL, [hashSecretToken(token), new Date()]);
  if (typeof candidate?.candidate_number !== 'string') return null;
  return { items: await run(LIST_SQL, [candidate.candidate_number]) };
}
