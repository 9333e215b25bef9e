import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes for the queries that read whole growing tables (ADR 0029): staff pages, and the deletes that
 * look for rows referring to what they delete.
 *
 * - A candidate's connections for staff go by candidate number. Only invitations are looked up by the
 *   third party's email (when the invitee registers), so that index holds invitations alone: a
 *   connection that expires or is taken up leaves it, and the expiry job's update writes no more index
 *   entries than before.
 * - A print batch's orders, for its page, exports, letters and each reprint.
 * - The audit trail filtered by action.
 * - The staff accounts page and the staff count (a partial index: only staff rows are in it).
 * - Every enquiry in order of its last change.
 * - Tokens by account whatever their state, so deleting an account finds its tokens without reading
 *   them all; revoking or using a token then changes no indexed column.
 *
 * `IF NOT EXISTS`: on a large table an operator may build an index `CONCURRENTLY` by hand before the
 * deploy (ADR 0029), and the migration then leaves it as it is.
 */
export class Migration20261207100000IndexedStaffQueries extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS sharing_connections_candidate_number_idx ON sharing_connections (candidate_number, created_at DESC);`,
    );
    this.addSql(`DROP INDEX sharing_connections_third_party_idx;`);
    this.addSql(
      `CREATE INDEX IF NOT EXISTS sharing_connections_invited_idx ON sharing_connections (third_party_email) WHERE status = 'invited';`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS ordering_orders_print_batch_idx ON ordering_orders (print_batch_id, number) WHERE print_batch_id IS NOT NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS audit_events_action_idx ON audit_events (action, occurred_at DESC);`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS identity_accounts_staff_idx ON identity_accounts (surname, first_name, id) WHERE role = 'staff';`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS achievement_enquiries_updated_idx ON achievement_enquiries (updated_at);`,
    );
    this.addSql(`DROP INDEX identity_access_tokens_live_idx;`);
    this.addSql(
      `CREATE INDEX IF NOT EXISTS identity_access_tokens_account_idx ON identity_access_tokens (account_id);`,
    );
    this.addSql(`DROP INDEX identity_one_time_tokens_outstanding_idx;`);
    this.addSql(
      `CREATE INDEX IF NOT EXISTS identity_one_time_tokens_account_idx ON identity_one_time_tokens (account_id, purpose);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX identity_one_time_tokens_account_idx;`);
    this.addSql(
      `CREATE INDEX identity_one_time_tokens_outstanding_idx ON identity_one_time_tokens (account_id, purpose) WHERE used_at IS NULL;`,
    );
    this.addSql(`DROP INDEX identity_access_tokens_account_idx;`);
    this.addSql(
      `CREATE INDEX identity_access_tokens_live_idx ON identity_access_tokens (account_id) WHERE revoked_at IS NULL;`,
    );
    this.addSql(`DROP INDEX achievement_enquiries_updated_idx;`);
    this.addSql(`DROP INDEX identity_accounts_staff_idx;`);
    this.addSql(`DROP INDEX audit_events_action_idx;`);
    this.addSql(`DROP INDEX ordering_orders_print_batch_idx;`);
    this.addSql(`DROP INDEX sharing_connections_invited_idx;`);
    this.addSql(
      `CREATE INDEX sharing_connections_third_party_idx ON sharing_connections (third_party_email, created_at DESC);`,
    );
    this.addSql(`DROP INDEX sharing_connections_candidate_number_idx;`);
  }
}
