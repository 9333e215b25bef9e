import { Migration } from '@mikro-orm/migrations';

/**
 * Ordering: the catalogue (products and delivery options, staff-edited data with their first prices),
 * baskets, orders with frozen prices, payment attempts, print batches, and the claims that hold
 * "one copy per candidate, per achievement, per product" against racing requests.
 */
export class Migration20261129104700Ordering extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE ordering_products (
        code varchar(40) PRIMARY KEY,
        name varchar(120) NOT NULL CHECK (length(btrim(name)) > 0),
        price_pence integer NOT NULL CHECK (price_pence >= 0),
        vat_rate_bps integer NOT NULL CHECK (vat_rate_bps BETWEEN 0 AND 10000),
        updated_at timestamptz NOT NULL DEFAULT now()
      );`);
    this.addSql(`
      CREATE TABLE ordering_delivery_options (
        code varchar(40) PRIMARY KEY,
        name varchar(120) NOT NULL CHECK (length(btrim(name)) > 0),
        price_pence integer NOT NULL CHECK (price_pence >= 0),
        vat_rate_bps integer NOT NULL CHECK (vat_rate_bps BETWEEN 0 AND 10000),
        international boolean NOT NULL,
        position integer NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );`);
    // First prices (VAT-inclusive, 20 %): docs/adr/0007-ordering-prices-vat-and-payments.md. Staff change them.
    this.addSql(`
      INSERT INTO ordering_products (code, name, price_pence, vat_rate_bps) VALUES
        ('certificate-reprint', 'Certificate reprint', 2588, 2000),
        ('poq-letter', 'Proof of qualification letter', 2588, 2000);`);
    this.addSql(`
      INSERT INTO ordering_delivery_options (code, name, price_pence, vat_rate_bps, international, position) VALUES
        ('royal-mail-signed-for-2nd', 'Royal Mail Signed For 2nd Class', 0, 2000, false, 1),
        ('royal-mail-signed-for-1st', 'Royal Mail Signed For 1st Class', 350, 2000, false, 2),
        ('international', 'International (we contact you to arrange delivery)', 0, 0, true, 3);`);
    this.addSql(`
      CREATE TABLE ordering_basket_items (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL,
        candidate_number varchar(20) NOT NULL,
        product_code varchar(40) NOT NULL REFERENCES ordering_products (code),
        certificate_number varchar(40) NOT NULL,
        qualification_title varchar(250) NOT NULL,
        reason varchar(30) NOT NULL CHECK (reason IN ('lost', 'damaged', 'name_change', 'duplicate_required', 'other')),
        reason_text varchar(200) NULL,
        quantity integer NOT NULL CHECK (quantity = 1),
        added_at timestamptz NOT NULL,
        CONSTRAINT ordering_basket_items_one_per_achievement UNIQUE (account_id, product_code, certificate_number)
      );`);
    this.addSql('CREATE INDEX ordering_basket_items_account_idx ON ordering_basket_items (account_id);');
    // The rule "one per candidate per achievement per product" while a copy is in a basket or on an
    // order that is not finished: the holder is the basket item, then the order.
    this.addSql(`
      CREATE TABLE ordering_reprint_claims (
        candidate_number varchar(20) NOT NULL,
        certificate_number varchar(40) NOT NULL,
        product_code varchar(40) NOT NULL REFERENCES ordering_products (code),
        holder_id uuid NOT NULL,
        claimed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ordering_reprint_claims_one_per_achievement PRIMARY KEY (candidate_number, certificate_number, product_code)
      );`);
    this.addSql('CREATE INDEX ordering_reprint_claims_holder_idx ON ordering_reprint_claims (holder_id);');
    this.addSql('CREATE SEQUENCE ordering_order_number_seq START 100001;');
    this.addSql('CREATE SEQUENCE ordering_print_batch_number_seq START 1;');
    this.addSql(`
      CREATE TABLE ordering_print_batches (
        id uuid PRIMARY KEY,
        number integer NOT NULL UNIQUE,
        status varchar(20) NOT NULL CHECK (status IN ('printing', 'dispatched')),
        order_count integer NOT NULL CHECK (order_count > 0),
        item_count integer NOT NULL CHECK (item_count > 0),
        created_by uuid NULL,
        created_at timestamptz NOT NULL,
        dispatched_at timestamptz NULL
      );`);
    this.addSql(`
      CREATE TABLE ordering_orders (
        id uuid PRIMARY KEY,
        number integer NOT NULL UNIQUE,
        account_id uuid NOT NULL,
        candidate_number varchar(20) NOT NULL,
        email varchar(254) NOT NULL,
        status varchar(20) NOT NULL CHECK (status IN ('pending_payment', 'paid', 'in_print', 'dispatched', 'cancelled')),
        lines jsonb NOT NULL,
        delivery jsonb NOT NULL,
        billing_address jsonb NOT NULL,
        delivery_address jsonb NOT NULL,
        sub_total_pence integer NOT NULL CHECK (sub_total_pence >= 0),
        vat_pence integer NOT NULL CHECK (vat_pence >= 0),
        total_pence integer NOT NULL CHECK (total_pence = sub_total_pence + vat_pence),
        idempotency_key varchar(100) NULL,
        transaction_reference varchar(64) NULL,
        print_batch_id uuid NULL REFERENCES ordering_print_batches (id),
        placed_at timestamptz NOT NULL,
        paid_at timestamptz NULL,
        cancelled_at timestamptz NULL,
        dispatched_at timestamptz NULL,
        CONSTRAINT ordering_orders_idempotency_key UNIQUE (account_id, idempotency_key),
        CONSTRAINT ordering_orders_paid_has_reference CHECK (status IN ('pending_payment', 'cancelled') OR (transaction_reference IS NOT NULL AND paid_at IS NOT NULL))
      );`);
    this.addSql('CREATE INDEX ordering_orders_account_idx ON ordering_orders (account_id, placed_at DESC);');
    this.addSql('CREATE INDEX ordering_orders_status_idx ON ordering_orders (status, paid_at);');
    this.addSql(`
      CREATE TABLE ordering_payment_attempts (
        id uuid PRIMARY KEY,
        order_id uuid NOT NULL REFERENCES ordering_orders (id),
        reference varchar(40) NOT NULL UNIQUE,
        amount_pence integer NOT NULL CHECK (amount_pence >= 0),
        status varchar(30) NOT NULL CHECK (status IN ('registering', 'registered', 'registration_failed', 'ok', 'notauthed', 'rejected', 'abort', 'error')),
        provider_transaction_id varchar(64) NULL,
        security_key varchar(64) NULL,
        payment_page_url text NULL,
        status_detail varchar(255) NULL,
        created_at timestamptz NOT NULL,
        completed_at timestamptz NULL
      );`);
    this.addSql('CREATE INDEX ordering_payment_attempts_order_idx ON ordering_payment_attempts (order_id);');
    // At most one successful payment per order, whatever the provider sends.
    this.addSql(
      `CREATE UNIQUE INDEX ordering_payment_attempts_one_success ON ordering_payment_attempts (order_id) WHERE status = 'ok';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      'DROP TABLE IF EXISTS ordering_payment_attempts, ordering_orders, ordering_print_batches, ordering_reprint_claims, ordering_basket_items, ordering_delivery_options, ordering_products CASCADE;',
    );
    this.addSql('DROP SEQUENCE IF EXISTS ordering_order_number_seq, ordering_print_batch_number_seq;');
  }
}
