import { Migration } from '@mikro-orm/migrations';

/**
 * Suggestions for the registration queue find near names ("Jon Eicken" for John Eichen): records born
 * the same day whatever their names, and records whose names are similar by trigrams (pg_trgm).
 */
export class Migration20261205110000CandidateRecordNearNames extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE EXTENSION IF NOT EXISTS pg_trgm;`);
    this.addSql(
      `CREATE INDEX identity_candidate_records_date_of_birth_idx ON identity_candidate_records (date_of_birth);`,
    );
    this.addSql(
      `CREATE INDEX identity_candidate_records_surname_trgm_idx ON identity_candidate_records USING gin (surname_key gin_trgm_ops);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS identity_candidate_records_surname_trgm_idx;`);
    this.addSql(`DROP INDEX IF EXISTS identity_candidate_records_date_of_birth_idx;`);
  }
}
