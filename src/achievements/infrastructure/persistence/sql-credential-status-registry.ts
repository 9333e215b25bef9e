import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  CredentialStatusRegistry,
  StatusListPosition,
} from '../../application/ports/credential-status-registry';

const LENGTH = CredentialStatusRegistry.LIST_LENGTH;

/** Plain SQL on credential_status_entries and credential_status_lists (migration CredentialStatus). */
@Injectable()
export class SqlCredentialStatusRegistry extends CredentialStatusRegistry {
  constructor(private readonly em: EntityManager) {
    super();
  }

  private get db() {
    return this.em.getConnection();
  }

  async positionFor(achievementId: string, dataHash: string): Promise<StatusListPosition> {
    // A new position only when there is none yet; two requests at once agree through the unique key.
    await this.db.execute(
      `INSERT INTO credential_status_entries (list_id, status_index, achievement_id, data_hash)
       SELECT n / ${LENGTH} + 1, n % ${LENGTH}, ?, ?
         FROM (SELECT nextval('credential_status_positions') AS n) AS next
        WHERE NOT EXISTS (SELECT 1 FROM credential_status_entries WHERE achievement_id = ? AND data_hash = ?)
       ON CONFLICT (achievement_id, data_hash) DO NOTHING`,
      [achievementId, dataHash, achievementId, dataHash],
    );
    const [row] = await this.db.execute<Array<{ list_id: number; status_index: number }>>(
      `SELECT list_id, status_index FROM credential_status_entries WHERE achievement_id = ? AND data_hash = ?`,
      [achievementId, dataHash],
    );
    return { listId: row.list_id, index: row.status_index };
  }

  async revokeAllBut(achievementId: string, keepDataHash: string | null): Promise<number[]> {
    const rows = await this.db.execute<Array<{ list_id: number }>>(
      `UPDATE credential_status_entries SET revoked_at = now()
        WHERE achievement_id = ? AND revoked_at IS NULL AND data_hash IS DISTINCT FROM ?
       RETURNING list_id`,
      [achievementId, keepDataHash],
    );
    return [...new Set(rows.map((row) => row.list_id))];
  }

  async revokedIndexes(listId: number): Promise<number[]> {
    const rows = await this.db.execute<Array<{ status_index: number }>>(
      `SELECT status_index FROM credential_status_entries WHERE list_id = ? AND revoked_at IS NOT NULL`,
      [listId],
    );
    return rows.map((row) => row.status_index);
  }

  async listExists(listId: number): Promise<boolean> {
    const rows = await this.db.execute(`SELECT 1 FROM credential_status_entries WHERE list_id = ? LIMIT 1`, [
      listId,
    ]);
    return rows.length > 0;
  }

  async publishedList(listId: number): Promise<Record<string, unknown> | undefined> {
    const [row] = await this.db.execute<Array<{ credential: Record<string, unknown> }>>(
      `SELECT credential FROM credential_status_lists WHERE list_id = ?`,
      [listId],
    );
    return row?.credential;
  }

  async publishList(listId: number, credential: Record<string, unknown>): Promise<void> {
    await this.db.execute(
      `INSERT INTO credential_status_lists (list_id, credential, signed_at) VALUES (?, ?::jsonb, now())
       ON CONFLICT (list_id) DO UPDATE SET credential = excluded.credential, signed_at = excluded.signed_at`,
      [listId, JSON.stringify(credential)],
    );
  }
}
