import { Migration } from '@mikro-orm/migrations';

/**
 * A checkout's payment attempt carries the checkout's Idempotency-Key, once per order: a replayed
 * checkout answers the first attempt's payment page instead of registering a new payment.
 */
export class Migration20261205100000PaymentAttemptIdempotency extends Migration {
  override async up(): Promise<void> {
    this.addSql(`ALTER TABLE ordering_payment_attempts ADD COLUMN idempotency_key varchar(120) NULL;`);
    this.addSql(
      `CREATE UNIQUE INDEX ordering_payment_attempts_idempotency ON ordering_payment_attempts (order_id, idempotency_key) WHERE idempotency_key IS NOT NULL;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS ordering_payment_attempts_idempotency;`);
    this.addSql(`ALTER TABLE ordering_payment_attempts DROP COLUMN idempotency_key;`);
  }
}
