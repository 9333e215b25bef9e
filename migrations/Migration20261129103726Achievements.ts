import { Migration } from '@mikro-orm/migrations';

/** Achievements: the certificated achievements of candidates and the enquiries about them. */
export class Migration20261129103726Achievements extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE achievements (
        id uuid PRIMARY KEY,
        certificate_number varchar(40) NOT NULL,
        kind varchar(20) NOT NULL CHECK (kind IN ('qualification', 'qap', 'accreditation')),
        title varchar(250) NOT NULL,
        qualification_number varchar(20) NULL CHECK (qualification_number ~ '^[0-9]{3}/[0-9]{4}/[0-9X]$'),
        candidate_number varchar(20) NOT NULL,
        full_name varchar(150) NOT NULL,
        grade varchar(50) NULL,
        issue_date date NOT NULL,
        centre varchar(150) NULL,
        expiry_date date NULL,
        description text NULL,
        units jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(units) = 'array'),
        verification_code varchar(19) NOT NULL,
        revoked_at timestamptz NULL,
        revocation_reason text NULL,
        revision integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT achievements_certificate_number_upper CHECK (certificate_number = upper(certificate_number)),
        CONSTRAINT achievements_expiry_after_issue CHECK (expiry_date IS NULL OR expiry_date > issue_date),
        CONSTRAINT achievements_revocation_has_reason CHECK ((revoked_at IS NULL) = (revocation_reason IS NULL)),
        CONSTRAINT achievements_accreditation_has_no_units CHECK (kind <> 'accreditation' OR units = '[]'::jsonb)
      );`);
    this.addSql(
      `CREATE UNIQUE INDEX achievements_certificate_number_key ON achievements (certificate_number);`,
    );
    // The code printed on documents identifies exactly one achievement.
    this.addSql(
      `CREATE UNIQUE INDEX achievements_verification_code_key ON achievements (verification_code);`,
    );
    this.addSql(
      `CREATE INDEX achievements_candidate_number_idx ON achievements (candidate_number, issue_date DESC);`,
    );

    this.addSql(`
      CREATE TABLE achievement_enquiries (
        id uuid PRIMARY KEY,
        achievement_id uuid NOT NULL REFERENCES achievements (id) ON DELETE CASCADE,
        certificate_number varchar(40) NOT NULL,
        achievement_title varchar(250) NOT NULL,
        candidate_account_id uuid NOT NULL,
        candidate_number varchar(20) NOT NULL,
        topic varchar(30) NOT NULL,
        status varchar(20) NOT NULL CHECK (status IN ('open', 'answered', 'resolved')),
        messages jsonb NOT NULL CHECK (jsonb_typeof(messages) = 'array' AND jsonb_array_length(messages) > 0),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        resolved_at timestamptz NULL,
        CONSTRAINT achievement_enquiries_resolved CHECK ((status = 'resolved') = (resolved_at IS NOT NULL))
      );`);
    this.addSql(
      `CREATE INDEX achievement_enquiries_account_idx ON achievement_enquiries (candidate_account_id, updated_at DESC);`,
    );
    this.addSql(
      `CREATE INDEX achievement_enquiries_queue_idx ON achievement_enquiries (status, updated_at);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE IF EXISTS achievement_enquiries;');
    this.addSql('DROP TABLE IF EXISTS achievements;');
  }
}
