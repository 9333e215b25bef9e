import { Migration } from '@mikro-orm/migrations';

/**
 * Web processes keep the principals they resolved for a few seconds (ADR 0026). Whatever changes what a
 * principal is made of (a token revoked or deleted; an account's role, status, email, verification,
 * name, candidate number or session cut-off changed; an account deleted) notifies the channel
 * `veri_changes` with `identity.principal:<account id>` when its transaction commits, so every process
 * forgets that account's principals (DatabaseChanges). Triggers, not application code, so that no write path can forget.
 */
export class Migration20261206120000PrincipalChangeNotifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE FUNCTION identity_notify_principal_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- The trigger's argument names the column that holds the account's id.
        PERFORM pg_notify('veri_changes', 'identity.principal:' || (to_jsonb(OLD) ->> TG_ARGV[0]));
        RETURN NULL;
      END $$;`);
    this.addSql(`
      CREATE TRIGGER identity_access_tokens_principal_changed
        AFTER UPDATE OR DELETE ON identity_access_tokens
        FOR EACH ROW EXECUTE FUNCTION identity_notify_principal_changed('account_id');`);
    this.addSql(`
      CREATE TRIGGER identity_accounts_principal_changed
        AFTER UPDATE OF role, status, email, email_verified_at, first_name, surname, candidate_number,
          sessions_valid_after ON identity_accounts
        FOR EACH ROW
        WHEN ((OLD.role, OLD.status, OLD.email, OLD.email_verified_at, OLD.first_name, OLD.surname,
               OLD.candidate_number, OLD.sessions_valid_after)
              IS DISTINCT FROM
              (NEW.role, NEW.status, NEW.email, NEW.email_verified_at, NEW.first_name, NEW.surname,
               NEW.candidate_number, NEW.sessions_valid_after))
        EXECUTE FUNCTION identity_notify_principal_changed('id');`);
    this.addSql(`
      CREATE TRIGGER identity_accounts_principal_deleted
        AFTER DELETE ON identity_accounts
        FOR EACH ROW EXECUTE FUNCTION identity_notify_principal_changed('id');`);
  }

  override async down(): Promise<void> {
    this.addSql('DROP TRIGGER identity_accounts_principal_deleted ON identity_accounts;');
    this.addSql('DROP TRIGGER identity_accounts_principal_changed ON identity_accounts;');
    this.addSql('DROP TRIGGER identity_access_tokens_principal_changed ON identity_access_tokens;');
    this.addSql('DROP FUNCTION identity_notify_principal_changed();');
  }
}
