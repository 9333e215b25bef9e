import { Migration } from '@mikro-orm/migrations';

/**
 * Open Badges credentials' revocation status (Bitstring Status List): one entry per achievement and
 * version of its data, at a position of a list; the signed list credentials as last published.
 */
export class Migration20261204162000CredentialStatus extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE SEQUENCE credential_status_positions START 0 MINVALUE 0;`);
    this.addSql(`CREATE TABLE credential_status_entries (
      list_id integer NOT NULL,
      status_index integer NOT NULL,
      achievement_id uuid NOT NULL REFERENCES achievements (id) ON DELETE CASCADE,
      data_hash text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      revoked_at timestamptz NULL,
      PRIMARY KEY (list_id, status_index),
      UNIQUE (achievement_id, data_hash)
    );`);
    this.addSql(
      `CREATE INDEX credential_status_entries_revoked_idx ON credential_status_entries (list_id) WHERE revoked_at IS NOT NULL;`,
    );
    this.addSql(`CREATE TABLE credential_status_lists (
      list_id integer PRIMARY KEY,
      credential jsonb NOT NULL,
      signed_at timestamptz NOT NULL
    );`);
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TABLE IF EXISTS credential_status_lists;`);
    this.addSql(`DROP TABLE IF EXISTS credential_status_entries;`);
    this.addSql(`DROP SEQUENCE IF EXISTS credential_status_positions;`);
  }
}
