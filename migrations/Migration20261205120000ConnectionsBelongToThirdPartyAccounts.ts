import { Migration } from '@mikro-orm/migrations';

/**
 * A connection belongs to the third-party account that claimed it, not to an email address
 * (docs/adr/0009): the account id is a foreign key and the third party's reads go through it.
 * Rows taken up before this change are bound to the verified third-party account that holds their
 * address today; invitations still pending stay unbound until an account claims them.
 */
export class Migration20261205120000ConnectionsBelongToThirdPartyAccounts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      UPDATE sharing_connections c SET third_party_account_id = NULL
       WHERE third_party_account_id IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM identity_accounts a WHERE a.id = c.third_party_account_id);`);
    this.addSql(`
      UPDATE sharing_connections c SET third_party_account_id = a.id
        FROM identity_accounts a
       WHERE c.third_party_account_id IS NULL AND c.status <> 'invited'
         AND a.role = 'third_party' AND a.email_verified_at IS NOT NULL AND lower(a.email) = c.third_party_email;`);
    this.addSql(`
      ALTER TABLE sharing_connections ADD CONSTRAINT sharing_connections_third_party_account_fk
        FOREIGN KEY (third_party_account_id) REFERENCES identity_accounts (id);`);
    this.addSql(`
      CREATE INDEX sharing_connections_third_party_account_idx
        ON sharing_connections (third_party_account_id, created_at DESC) WHERE third_party_account_id IS NOT NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS sharing_connections_third_party_account_idx;`);
    this.addSql(
      `ALTER TABLE sharing_connections DROP CONSTRAINT IF EXISTS sharing_connections_third_party_account_fk;`,
    );
  }
}
