import { Migration } from '@mikro-orm/migrations';

/**
 * A third party's request for access whose details matched no candidate is kept, visible only to that
 * third party as pending, so its list looks the same whether or not the details matched (finding 11).
 */
export class Migration20261205121000UnmatchedConnectionRequests extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE sharing_unmatched_requests (
        id uuid PRIMARY KEY,
        third_party_account_id uuid NOT NULL REFERENCES identity_accounts (id),
        candidate_number varchar(20) NOT NULL CHECK (candidate_number <> ''),
        surname varchar(100) NOT NULL,
        date_of_birth varchar(10) NOT NULL,
        message text NULL CHECK (char_length(message) <= 1000),
        created_at timestamptz NOT NULL
      );`);
    // Asking again for the same candidate number adds no second card (as for a matched request).
    this.addSql(
      `CREATE UNIQUE INDEX sharing_unmatched_requests_key ON sharing_unmatched_requests (third_party_account_id, candidate_number);`,
    );
    this.addSql(
      `CREATE INDEX sharing_unmatched_requests_list_idx ON sharing_unmatched_requests (third_party_account_id, created_at DESC);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TABLE IF EXISTS sharing_unmatched_requests;`);
  }
}
