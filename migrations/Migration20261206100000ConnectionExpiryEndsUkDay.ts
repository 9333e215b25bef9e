import { Migration } from '@mikro-orm/migrations';

/**
 * An expiry given as a date ends at the end of that day in the UK (parseExpiry). Until now it ended
 * at 23:59:59.999 UTC, which in British Summer Time is 00:59:59.999 the next day in the UK, so pages
 * and emails showed the day after the one the candidate chose. Those expiries move back to the UK's
 * midnight (one hour earlier); expiries in GMT, and moments given in full, are already right.
 */
export class Migration20261206100000ConnectionExpiryEndsUkDay extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      UPDATE sharing_connections SET expires_at = expires_at - interval '1 hour'
       WHERE (expires_at AT TIME ZONE 'UTC')::time = '23:59:59.999'
         AND (expires_at AT TIME ZONE 'Europe/London')::date <> (expires_at AT TIME ZONE 'UTC')::date;`);
  }

  override async down(): Promise<void> {
    this.addSql(`
      UPDATE sharing_connections SET expires_at = expires_at + interval '1 hour'
       WHERE (expires_at AT TIME ZONE 'Europe/London')::time = '23:59:59.999'
         AND (expires_at AT TIME ZONE 'UTC')::time = '22:59:59.999';`);
  }
}
