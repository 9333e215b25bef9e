import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { BasketPrices } from '../../application/ports/basket-prices';
import { Priced } from '../../domain/quote';

/**
 * The basket's items joined to their products' prices, in one statement on the basket's account index.
 * A read of its own (the header's summary on every candidate page), never part of a transaction: it runs
 * on the driver's connection, so a page that loads no entity costs no entity manager (ADR 0016).
 */
@Injectable()
export class SqlBasketPrices extends BasketPrices {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async linesOf(accountId: string): Promise<Priced[]> {
    const rows = await this.em
      .getConnection()
      .execute<Array<{ price_pence: number; vat_rate_bps: number; quantity: number }>>(
        `SELECT coalesce(p.price_pence, 0) AS price_pence, coalesce(p.vat_rate_bps, 0) AS vat_rate_bps, b.quantity
         FROM ordering_basket_items b LEFT JOIN ordering_products p ON p.code = b.product_code
        WHERE b.account_id = ?`,
        [accountId],
      );
    return rows.map((row) => ({
      unitPricePence: row.price_pence,
      quantity: row.quantity,
      vatRateBps: row.vat_rate_bps,
    }));
  }
}
