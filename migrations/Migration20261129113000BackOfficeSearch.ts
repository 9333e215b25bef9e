import { Migration } from '@mikro-orm/migrations';

/**
 * The back office's search: trigram GIN indexes so that `ILIKE '%term%'` over candidates (name, email,
 * candidate number) and achievements (certificate number, qualification number, title) stays an index
 * scan on a million rows. pg_trgm ships with Postgres (contrib) in both the server and the embedded one.
 */
export class Migration20261129113000BackOfficeSearch extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE EXTENSION IF NOT EXISTS pg_trgm;`);
    this.addSql(
      `CREATE INDEX identity_accounts_name_trgm_idx ON identity_accounts USING gin ((first_name || ' ' || surname) gin_trgm_ops);`,
    );
    this.addSql(
      `CREATE INDEX identity_accounts_email_trgm_idx ON identity_accounts USING gin (email gin_trgm_ops);`,
    );
    this.addSql(
      `CREATE INDEX identity_accounts_number_trgm_idx ON identity_accounts USING gin ((coalesce(candidate_number, claimed_candidate_number, '')) gin_trgm_ops);`,
    );
    this.addSql(
      `CREATE INDEX achievements_certificate_number_trgm_idx ON achievements USING gin (certificate_number gin_trgm_ops);`,
    );
    this.addSql(
      `CREATE INDEX achievements_qualification_number_trgm_idx ON achievements USING gin (qualification_number gin_trgm_ops);`,
    );
    this.addSql(`CREATE INDEX achievements_title_trgm_idx ON achievements USING gin (title gin_trgm_ops);`);
  }

  override async down(): Promise<void> {
    for (const index of [
      'achievements_title_trgm_idx',
      'achievements_qualification_number_trgm_idx',
      'achievements_certificate_number_trgm_idx',
      'identity_accounts_number_trgm_idx',
      'identity_accounts_email_trgm_idx',
      'identity_accounts_name_trgm_idx',
    ]) {
      this.addSql(`DROP INDEX IF EXISTS ${index};`);
    }
  }
}
