import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { BasketPrices } from '../../application/ports/basket-prices';
import { Priced } from '../../domain/quote';
import { DatabaseChanges } from '../../../shared/infrastructure/database/database-changes';
import { KeptUntilChanged } from '../../../shared/infrastructure/database/kept-until-changed';

/** The topics of the triggers that announce a change to a basket, or to any price (migration 20261207120000). */
export const BASKET_CHANGES_TOPIC = 'ordering.basket';
export const PRICE_CHANGES_TOPIC = 'ordering.prices';

/**
 * The basket's items joined to their products' prices, in one statement on the basket's account index.
 * A read of its own (the header's summary on every candidate page), never part of a transaction: it runs
 * on the driver's connection, so a page that loads no entity costs no entity manager (ADR 0016). The lines
 * are kept until the database says the basket or a price changed (ADR 0032), so most pages send no statement
 * for the header. Callers read the lines and never change them: a kept array is shared.
 */
@Injectable()
export class SqlBasketPrices extends BasketPrices {
  private readonly kept: KeptUntilChanged<readonly Priced[]>;

  constructor(
    private readonly em: EntityManager,
    changes: DatabaseChanges,
  ) {
    super();
    this.kept = new KeptUntilChanged(changes, BASKET_CHANGES_TOPIC, { forgetAllOn: PRICE_CHANGES_TOPIC });
  }

  linesOf(accountId: string): Promise<readonly Priced[]> {
    return this.kept.get(accountId, () => this.read(accountId));
  }

  private async read(accountId: string): Promise<readonly Priced[]> {
    const rows = await this.em
      .getConnection()
      .execute<Array<{ price_pence: number; vat_rate_bps: number; quantity: number }>>(
        `SELECT coalesce(p.price_pence, 0) AS price_pence, coalesce(p.vat_rate_bps, 0) AS vat_rate_bps, b.quantity
         FROM ordering_basket_items b LEFT JOIN ordering_products p ON p.code = b.product_code
        WHERE b.account_id = ?`,
        [accountId],
      );
    return Object.freeze(
      rows.map((row) => ({
        unitPricePence: row.price_pence,
        quantity: row.quantity,
        vatRateBps: row.vat_rate_bps,
      })),
    );
  }
}
