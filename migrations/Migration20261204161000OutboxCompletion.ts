import { Migration } from '@mikro-orm/migrations';

/**
 * The outbox row stays the record until its job has finished (ADR 0010): completed_at when the job
 * succeeded, failed_at when its last attempt failed. A row relayed long ago and neither completed nor
 * failed is relayed again, so a job that Redis forgot still runs.
 */
export class Migration20261204161000OutboxCompletion extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `ALTER TABLE outbox ADD COLUMN completed_at timestamptz NULL, ADD COLUMN failed_at timestamptz NULL;`,
    );
    // Rows relayed before this change were treated as done; keep it that way.
    this.addSql(`UPDATE outbox SET completed_at = relayed_at WHERE relayed_at IS NOT NULL;`);
    this.addSql(`DROP INDEX IF EXISTS outbox_pending_idx;`);
    this.addSql(
      `CREATE INDEX outbox_open_idx ON outbox (created_at) WHERE completed_at IS NULL AND failed_at IS NULL;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS outbox_open_idx;`);
    this.addSql(`CREATE INDEX outbox_pending_idx ON outbox (not_before) WHERE relayed_at IS NULL;`);
    this.addSql(`ALTER TABLE outbox DROP COLUMN completed_at, DROP COLUMN failed_at;`);
  }
}
