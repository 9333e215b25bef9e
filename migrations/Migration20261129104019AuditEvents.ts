import { Migration } from '@mikro-orm/migrations';

/** The audit trail: who did what to what, when and from where (never anything secret). */
export class Migration20261129104019AuditEvents extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE audit_events (
        id uuid PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid NULL,
        action varchar(100) NOT NULL,
        target_type varchar(50) NULL,
        target_id varchar(100) NULL,
        ip varchar(45) NULL,
        details jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(details) = 'object')
      );`);
    this.addSql(`CREATE INDEX audit_events_occurred_at_idx ON audit_events (occurred_at DESC);`);
    this.addSql(
      `CREATE INDEX audit_events_target_idx ON audit_events (target_id, occurred_at DESC) WHERE target_id IS NOT NULL;`,
    );
    this.addSql(
      `CREATE INDEX audit_events_actor_idx ON audit_events (actor_id, occurred_at DESC) WHERE actor_id IS NOT NULL;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE IF EXISTS audit_events;');
  }
}
