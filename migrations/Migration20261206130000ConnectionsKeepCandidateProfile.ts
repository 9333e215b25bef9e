import { Migration } from '@mikro-orm/migrations';

/**
 * A connection keeps what its third party sees of the candidate (the name, and whether there is a
 * photo), kept current by Identity's CandidateProfileChanged (ADR 0027), so a third party's views no
 * longer ask Identity on each request. Existing connections take the accounts' current profile;
 * `candidate_profile_at` orders the copies, so a late delivery of an older change is not applied.
 */
export class Migration20261206130000ConnectionsKeepCandidateProfile extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      ALTER TABLE sharing_connections
        ADD COLUMN candidate_has_photo boolean NOT NULL DEFAULT false,
        ADD COLUMN candidate_profile_at timestamptz NOT NULL DEFAULT now();`);
    this.addSql(`
      UPDATE sharing_connections c
         SET candidate_name = a.first_name || ' ' || a.surname,
             candidate_has_photo = a.photo_key IS NOT NULL
        FROM identity_accounts a
       WHERE a.id = c.candidate_account_id;`);
  }

  override async down(): Promise<void> {
    this.addSql(`
      ALTER TABLE sharing_connections
        DROP COLUMN candidate_has_photo,
        DROP COLUMN candidate_profile_at;`);
  }
}
