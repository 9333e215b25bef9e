import { Migration } from '@mikro-orm/migrations';

/** Sharing: connections between a candidate and a third party, and the log of what third parties looked at. */
export class Migration20261129104540Sharing extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE sharing_connections (
        id uuid PRIMARY KEY,
        candidate_account_id uuid NOT NULL,
        candidate_number varchar(20) NOT NULL,
        candidate_email varchar(254) NOT NULL,
        candidate_name varchar(210) NOT NULL,
        third_party_first_name varchar(100) NOT NULL CHECK (third_party_first_name <> ''),
        third_party_surname varchar(100) NOT NULL CHECK (third_party_surname <> ''),
        third_party_email varchar(254) NOT NULL CHECK (third_party_email = lower(third_party_email) AND third_party_email LIKE '%_@_%'),
        third_party_company varchar(200) NOT NULL CHECK (third_party_company <> ''),
        third_party_account_id uuid NULL,
        status varchar(20) NOT NULL CHECK (status IN ('invited', 'requested', 'active', 'expired', 'declined', 'deleted')),
        permissions jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(permissions) = 'array'),
        request_message text NULL,
        created_at timestamptz NOT NULL,
        approved_at timestamptz NULL,
        expires_at timestamptz NULL,
        ended_at timestamptz NULL,
        reminder_sent_at timestamptz NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT sharing_connections_granted_has_expiry CHECK (status IN ('requested', 'declined', 'deleted') OR expires_at IS NOT NULL),
        CONSTRAINT sharing_connections_active_approved CHECK (status <> 'active' OR approved_at IS NOT NULL)
      );`);
    // One live connection per candidate and third-party email: adding again updates it.
    this.addSql(`
      CREATE UNIQUE INDEX sharing_connections_live_key ON sharing_connections (candidate_account_id, third_party_email)
        WHERE status IN ('invited', 'requested', 'active');`);
    this.addSql(
      `CREATE INDEX sharing_connections_candidate_idx ON sharing_connections (candidate_account_id, created_at DESC);`,
    );
    this.addSql(
      `CREATE INDEX sharing_connections_third_party_idx ON sharing_connections (third_party_email, created_at DESC);`,
    );
    // The expiry job and the reminder look only at active connections by expiry.
    this.addSql(
      `CREATE INDEX sharing_connections_due_idx ON sharing_connections (expires_at) WHERE status = 'active';`,
    );

    this.addSql(`
      CREATE TABLE sharing_access_log (
        id uuid PRIMARY KEY,
        connection_id uuid NOT NULL REFERENCES sharing_connections (id) ON DELETE CASCADE,
        third_party_account_id uuid NOT NULL,
        third_party_name varchar(210) NOT NULL,
        kind varchar(20) NOT NULL CHECK (kind IN ('viewed-documents', 'downloaded')),
        certificate_number varchar(40) NULL,
        document varchar(20) NULL CHECK (document IS NULL OR document IN ('ecertificate', 'etranscript')),
        occurred_at timestamptz NOT NULL,
        CHECK (kind <> 'downloaded' OR (certificate_number IS NOT NULL AND document IS NOT NULL))
      );`);
    this.addSql(
      `CREATE INDEX sharing_access_log_connection_idx ON sharing_access_log (connection_id, occurred_at DESC);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE IF EXISTS sharing_access_log;');
    this.addSql('DROP TABLE IF EXISTS sharing_connections;');
  }
}
