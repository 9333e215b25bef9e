import { Migration } from '@mikro-orm/migrations';

/** The platform: the outbox and web sessions. */
export class Migration20261129000000Platform extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE outbox (
        id uuid PRIMARY KEY,
        topic varchar(100) NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        not_before timestamptz NOT NULL DEFAULT now(),
        relayed_at timestamptz NULL
      );`);
    // The relay only ever looks for rows not yet relayed, oldest first.
    this.addSql(`CREATE INDEX outbox_pending_idx ON outbox (not_before) WHERE relayed_at IS NULL;`);
    // connect-pg-simple's table for server-side sessions.
    this.addSql(`
      CREATE TABLE session (
        sid varchar NOT NULL PRIMARY KEY,
        sess json NOT NULL,
        expire timestamptz(6) NOT NULL
      );`);
    this.addSql(`CREATE INDEX session_expire_idx ON session (expire);`);
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE IF EXISTS session;');
    this.addSql('DROP TABLE IF EXISTS outbox;');
  }
}
