import { Migration } from '@mikro-orm/migrations';

/**
 * The audit trail is append-only: the database itself refuses to change or remove an entry, so neither
 * a bug nor someone with the application's credentials can rewrite what happened.
 */
export class Migration20261129114000AuditAppendOnly extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END;
      $$;`);
    this.addSql(
      `CREATE TRIGGER audit_events_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();`,
    );
    this.addSql(
      `CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('DROP TRIGGER IF EXISTS audit_events_no_truncate ON audit_events;');
    this.addSql('DROP TRIGGER IF EXISTS audit_events_no_update_or_delete ON audit_events;');
    this.addSql('DROP FUNCTION IF EXISTS audit_events_append_only();');
  }
}
