import { Migration } from '@mikro-orm/migrations';

/** The back office's history of record imports (candidate records and achievements) with their reports. */
export class Migration20261129113500BackOfficeImports extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE back_office_imports (
        id uuid PRIMARY KEY,
        kind varchar(30) NOT NULL CHECK (kind IN ('candidate-records', 'achievements')),
        file_name varchar(255) NOT NULL,
        imported_by uuid NULL,
        imported_at timestamptz NOT NULL,
        created integer NOT NULL CHECK (created >= 0),
        updated integer NOT NULL CHECK (updated >= 0),
        unchanged integer NOT NULL CHECK (unchanged >= 0),
        rejected jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(rejected) = 'array')
      );`);
    this.addSql(`CREATE INDEX back_office_imports_history_idx ON back_office_imports (imported_at DESC);`);
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE IF EXISTS back_office_imports;');
  }
}
