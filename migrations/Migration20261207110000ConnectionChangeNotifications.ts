import { Migration } from '@mikro-orm/migrations';

/**
 * Web processes keep the connections third parties read for a few seconds (ADR 0031), as they keep
 * principals (ADR 0026). A change to what a third party's read is made of notifies `veri_changes` with
 * `sharing.connection:<id>` when its transaction commits, so every process forgets it: the permissions,
 * the expiry, the status, the parties, the candidate's profile copy, or the row deleted. Two changes
 * send nothing, as a kept copy already answers them: the reminder (a third party is shown nothing of it)
 * and the expiry job ending a connection whose expiry has passed (a kept copy is refused by its own clock).
 * A column added to sharing_connections must be added to one list or the other
 * (test/integration/sharing/kept-connections.int-spec.ts checks every column is named).
 */
export class Migration20261207110000ConnectionChangeNotifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE FUNCTION sharing_notify_connection_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('veri_changes', 'sharing.connection:' || OLD.id);
        RETURN NULL;
      END $$;`);
    this.addSql(`
      CREATE TRIGGER sharing_connections_changed
        AFTER UPDATE ON sharing_connections
        FOR EACH ROW
        WHEN ((OLD.candidate_account_id, OLD.candidate_number, OLD.candidate_email, OLD.candidate_name,
               OLD.candidate_has_photo, OLD.candidate_profile_at, OLD.third_party_first_name,
               OLD.third_party_surname, OLD.third_party_email, OLD.third_party_company,
               OLD.third_party_account_id, OLD.permissions, OLD.request_message, OLD.created_at,
               OLD.approved_at, OLD.expires_at)
              IS DISTINCT FROM
              (NEW.candidate_account_id, NEW.candidate_number, NEW.candidate_email, NEW.candidate_name,
               NEW.candidate_has_photo, NEW.candidate_profile_at, NEW.third_party_first_name,
               NEW.third_party_surname, NEW.third_party_email, NEW.third_party_company,
               NEW.third_party_account_id, NEW.permissions, NEW.request_message, NEW.created_at,
               NEW.approved_at, NEW.expires_at)
              OR (OLD.status IS DISTINCT FROM NEW.status
                  AND NOT (NEW.status = 'expired' AND NEW.expires_at <= now())))
        EXECUTE FUNCTION sharing_notify_connection_changed();`);
    this.addSql(`
      CREATE TRIGGER sharing_connections_deleted
        AFTER DELETE ON sharing_connections
        FOR EACH ROW EXECUTE FUNCTION sharing_notify_connection_changed();`);
  }

  override async down(): Promise<void> {
    this.addSql('DROP TRIGGER sharing_connections_deleted ON sharing_connections;');
    this.addSql('DROP TRIGGER sharing_connections_changed ON sharing_connections;');
    this.addSql('DROP FUNCTION sharing_notify_connection_changed();');
  }
}
