import { Migration } from '@mikro-orm/migrations';

/** Staff search by date of birth (1990-12-10 or 10/12/1990) is an index lookup, not a scan of every account. */
export class Migration20261129122000AccountSearchByBirthDate extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX identity_accounts_date_of_birth_idx ON identity_accounts (date_of_birth) WHERE date_of_birth IS NOT NULL;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS identity_accounts_date_of_birth_idx;`);
  }
}
