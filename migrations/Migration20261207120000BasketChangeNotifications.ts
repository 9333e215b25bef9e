import { Migration } from '@mikro-orm/migrations';

/**
 * Web processes keep each candidate's priced basket lines, the header's summary on every candidate page,
 * until the database announces a change (ADR 0032, as ADR 0026 keeps principals): an item added, changed or
 * removed (checking out removes them) notifies `veri_changes` with `ordering.basket:<account id>`, and any
 * change to the products, whose prices the lines carry, notifies `ordering.prices:all`, once per statement.
 */
export class Migration20261207120000BasketChangeNotifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE FUNCTION ordering_notify_basket_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('veri_changes', 'ordering.basket:' ||
          CASE WHEN TG_OP = 'DELETE' THEN OLD.account_id ELSE NEW.account_id END);
        RETURN NULL;
      END $$;`);
    this.addSql(`
      CREATE TRIGGER ordering_basket_items_changed
        AFTER INSERT OR UPDATE OR DELETE ON ordering_basket_items
        FOR EACH ROW EXECUTE FUNCTION ordering_notify_basket_changed();`);
    this.addSql(`
      CREATE FUNCTION ordering_notify_prices_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('veri_changes', 'ordering.prices:all');
        RETURN NULL;
      END $$;`);
    this.addSql(`
      CREATE TRIGGER ordering_products_changed
        AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ordering_products
        FOR EACH STATEMENT EXECUTE FUNCTION ordering_notify_prices_changed();`);
  }

  override async down(): Promise<void> {
    this.addSql('DROP TRIGGER ordering_products_changed ON ordering_products;');
    this.addSql('DROP FUNCTION ordering_notify_prices_changed();');
    this.addSql('DROP TRIGGER ordering_basket_items_changed ON ordering_basket_items;');
    this.addSql('DROP FUNCTION ordering_notify_basket_changed();');
  }
}
