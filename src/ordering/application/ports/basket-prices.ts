import { Priced } from '../../domain/quote';

/**
 * The lines of an account's basket priced as the catalogue has them now, read at once: what the header's
 * basket summary needs on every candidate page, without loading the basket and the catalogue.
 */
export abstract class BasketPrices {
  /** One line per basket item; an item whose product left the catalogue is priced at nothing, as the basket view prices it. */
  abstract linesOf(accountId: string): Promise<readonly Priced[]>;
}
