import { Migration } from '@mikro-orm/migrations';

/**
 * Web processes keep each candidate's identity as other contexts ask for it (GetCandidateIdentity: a
 * checkout, a share, a document's holder) until the database announces a change (ADR 0034, as ADR 0026
 * keeps principals): a change to what the identity is made of (role, email, names, candidate number, whether
 * there is a photo) or the account's deletion notifies `veri_changes` with `identity.candidate:<account id>`.
 */
export class Migration20261207130000CandidateIdentityChangeNotifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE FUNCTION identity_notify_candidate_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('veri_changes', 'identity.candidate:' || OLD.id);
        RETURN NULL;
      END $$;`);
    this.addSql(`
      CREATE TRIGGER identity_accounts_candidate_changed
        AFTER UPDATE OF role, email, first_name, surname, candidate_number, photo_key ON identity_accounts
        FOR EACH ROW
        WHEN ((OLD.role, OLD.email, OLD.first_name, OLD.surname, OLD.candidate_number, OLD.photo_key IS NULL)
              IS DISTINCT FROM
              (NEW.role, NEW.email, NEW.first_name, NEW.surname, NEW.candidate_number, NEW.photo_key IS NULL))
        EXECUTE FUNCTION identity_notify_candidate_changed();`);
    this.addSql(`
      CREATE TRIGGER identity_accounts_candidate_deleted
        AFTER DELETE ON identity_accounts
        FOR EACH ROW EXECUTE FUNCTION identity_notify_candidate_changed();`);
  }

  override async down(): Promise<void> {
    this.addSql('DROP TRIGGER identity_accounts_candidate_deleted ON identity_accounts;');
    this.addSql('DROP TRIGGER identity_accounts_candidate_changed ON identity_accounts;');
    this.addSql('DROP FUNCTION identity_notify_candidate_changed();');
  }
}
