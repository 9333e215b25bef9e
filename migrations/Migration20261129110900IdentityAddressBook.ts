import { Migration } from '@mikro-orm/migrations';

/** Identity: the address book, the addresses an account keeps for billing and delivery. */
export class Migration20261129110900IdentityAddressBook extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE identity_addresses (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES identity_accounts (id) ON DELETE CASCADE,
        label varchar(50) NULL,
        line1 varchar(100) NOT NULL CHECK (line1 <> ''),
        line2 varchar(100) NULL,
        town varchar(60) NOT NULL CHECK (town <> ''),
        county varchar(60) NULL,
        postcode varchar(10) NOT NULL CHECK (postcode <> '' AND postcode = upper(postcode)),
        country char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
        is_default boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        -- At most one default per account. Deferred, so moving the default from one address to another
        -- in one transaction never sees two (or, briefly, the old and new both set).
        CONSTRAINT identity_addresses_one_default EXCLUDE USING btree (account_id WITH =) WHERE (is_default) DEFERRABLE INITIALLY DEFERRED
      );`);
    this.addSql(
      `CREATE INDEX identity_addresses_account_idx ON identity_addresses (account_id, created_at);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TABLE IF EXISTS identity_addresses;`);
  }
}
