import { Migration } from '@mikro-orm/migrations';

/**
 * Identity: candidate records (the awarding body's master data), accounts, API tokens, emailed one-time
 * tokens and the login lockout counters.
 */
export class Migration20261129104020Identity extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE identity_candidate_records (
        id uuid PRIMARY KEY,
        candidate_number varchar(20) NOT NULL CHECK (candidate_number = upper(candidate_number) AND candidate_number <> 'NA'),
        first_name varchar(100) NOT NULL,
        surname varchar(100) NOT NULL,
        first_name_key varchar(400) NOT NULL CHECK (first_name_key <> ''),
        surname_key varchar(400) NOT NULL CHECK (surname_key <> ''),
        date_of_birth date NOT NULL,
        email varchar(254) NULL,
        telephone varchar(30) NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );`);
    this.addSql(
      `CREATE UNIQUE INDEX identity_candidate_records_number_key ON identity_candidate_records (candidate_number);`,
    );
    // Matching is an index lookup on the normalised name keys and the date of birth (NA registrations),
    // or on the candidate number; the other two serve the staff suggestions (a changed surname, a mistyped date).
    this.addSql(
      `CREATE INDEX identity_candidate_records_match_idx ON identity_candidate_records (surname_key, date_of_birth, first_name_key);`,
    );
    this.addSql(
      `CREATE INDEX identity_candidate_records_first_name_dob_idx ON identity_candidate_records (first_name_key, date_of_birth);`,
    );
    this.addSql(
      `CREATE INDEX identity_candidate_records_names_idx ON identity_candidate_records (first_name_key, surname_key);`,
    );

    this.addSql(`
      CREATE TABLE identity_accounts (
        id uuid PRIMARY KEY,
        role varchar(20) NOT NULL CHECK (role IN ('candidate', 'third_party', 'staff')),
        status varchar(30) NOT NULL CHECK (status IN ('pending_email_verification', 'pending_authorisation', 'active', 'rejected', 'suspended')),
        email varchar(254) NOT NULL CHECK (email = lower(email)),
        email_verified_at timestamptz NULL,
        pending_email varchar(254) NULL CHECK (pending_email = lower(pending_email)),
        password_hash text NULL,
        first_name varchar(100) NOT NULL,
        surname varchar(100) NOT NULL,
        telephone varchar(30) NULL,
        mobile varchar(30) NULL,
        date_of_birth date NULL,
        company varchar(200) NULL,
        claimed_candidate_number varchar(20) NULL,
        candidate_record_id uuid NULL REFERENCES identity_candidate_records (id),
        candidate_number varchar(20) NULL,
        social jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(social) = 'object'),
        photo_key varchar(200) NULL,
        totp_secret varchar(64) NULL,
        totp_enrolled_at timestamptz NULL,
        totp_last_step bigint NULL,
        sessions_valid_after timestamptz NOT NULL,
        rejection_reason text NULL,
        activated_at timestamptz NULL,
        last_login_at timestamptz NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT identity_accounts_link_is_candidates CHECK (candidate_record_id IS NULL OR role = 'candidate'),
        CONSTRAINT identity_accounts_link_has_number CHECK ((candidate_record_id IS NULL) = (candidate_number IS NULL)),
        CONSTRAINT identity_accounts_active_candidate_linked CHECK (role <> 'candidate' OR status <> 'active' OR candidate_record_id IS NOT NULL),
        CONSTRAINT identity_accounts_staff_has_totp CHECK (role <> 'staff' OR totp_secret IS NOT NULL),
        CONSTRAINT identity_accounts_rejection_has_reason CHECK (status <> 'rejected' OR rejection_reason IS NOT NULL)
      );`);
    this.addSql(`CREATE UNIQUE INDEX identity_accounts_email_key ON identity_accounts (email);`);
    // A candidate record links to at most one account.
    this.addSql(
      `CREATE UNIQUE INDEX identity_accounts_candidate_record_key ON identity_accounts (candidate_record_id);`,
    );
    this.addSql(
      `CREATE INDEX identity_accounts_candidate_number_idx ON identity_accounts (candidate_number) WHERE candidate_number IS NOT NULL;`,
    );
    this.addSql(
      `CREATE INDEX identity_accounts_queue_idx ON identity_accounts (status, created_at) WHERE status IN ('pending_authorisation', 'rejected');`,
    );

    this.addSql(`
      CREATE TABLE identity_access_tokens (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES identity_accounts (id) ON DELETE CASCADE,
        token_hash char(64) NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz NULL,
        CHECK (expires_at > created_at)
      );`);
    this.addSql(
      `CREATE UNIQUE INDEX identity_access_tokens_hash_key ON identity_access_tokens (token_hash);`,
    );
    this.addSql(
      `CREATE INDEX identity_access_tokens_live_idx ON identity_access_tokens (account_id) WHERE revoked_at IS NULL;`,
    );

    this.addSql(`
      CREATE TABLE identity_one_time_tokens (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES identity_accounts (id) ON DELETE CASCADE,
        purpose varchar(30) NOT NULL CHECK (purpose IN ('email_verification', 'email_change', 'password_reset', 'staff_invitation')),
        token_hash char(64) NOT NULL,
        email varchar(254) NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz NULL,
        CHECK (expires_at > created_at)
      );`);
    this.addSql(
      `CREATE UNIQUE INDEX identity_one_time_tokens_hash_key ON identity_one_time_tokens (token_hash);`,
    );
    this.addSql(
      `CREATE INDEX identity_one_time_tokens_outstanding_idx ON identity_one_time_tokens (account_id, purpose) WHERE used_at IS NULL;`,
    );

    // Failed logins per address typed (a SHA-256 of it), whether or not an account has it.
    this.addSql(`
      CREATE TABLE identity_login_attempts (
        key char(64) PRIMARY KEY,
        consecutive_failures integer NOT NULL CHECK (consecutive_failures >= 0),
        locked_until timestamptz NULL,
        last_failure_at timestamptz NOT NULL
      );`);
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE IF EXISTS identity_login_attempts;');
    this.addSql('DROP TABLE IF EXISTS identity_one_time_tokens;');
    this.addSql('DROP TABLE IF EXISTS identity_access_tokens;');
    this.addSql('DROP TABLE IF EXISTS identity_accounts;');
    this.addSql('DROP TABLE IF EXISTS identity_candidate_records;');
  }
}
