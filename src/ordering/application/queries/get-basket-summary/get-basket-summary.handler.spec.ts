import {
  aBasketItem,
  CANDIDATE,
  InMemoryBaskets,
  InMemoryBasketPrices,
  InMemoryCatalogue,
} from '../../testing/in-memory-ordering';
import { GetBasket } from '../get-basket/get-basket.query';
import { GetBasketHandler } from '../get-basket/get-basket.handler';
import { GetBasketSummary } from './get-basket-summary.query';
import { GetBasketSummaryHandler } from './get-basket-summary.handler';

describe('GetBasketSummaryHandler', () => {
  const setUp = () => {
    const baskets = new InMemoryBaskets();
    const catalogue = new InMemoryCatalogue();
    const summary = new GetBasketSummaryHandler(new InMemoryBasketPrices(baskets, catalogue));
    const basketPage = new GetBasketHandler(baskets, catalogue);
    return { baskets, summary, basketPage };
  };

  it('shows the count and the total the basket page shows', async () => {
    const { baskets, summary, basketPage } = setUp();
    baskets.has(
      aBasketItem({ certificateNumber: 'C-1' }),
      aBasketItem({ certificateNumber: 'C-2', productCode: 'poq-letter', reasonText: 'visa' }),
      aBasketItem({ accountId: 'someone-else', certificateNumber: 'C-3' }),
    );
    const page = await basketPage.execute(new GetBasket(CANDIDATE.accountId));
    await expect(summary.execute(new GetBasketSummary(CANDIDATE.accountId))).resolves.toEqual({
      itemCount: page.itemCount,
      totalPence: page.total.amountPence,
    });
    expect(page.itemCount).toBe(2);
  });

  it('an empty basket: nothing, for nothing', async () => {
    await expect(setUp().summary.execute(new GetBasketSummary(CANDIDATE.accountId))).resolves.toEqual({
      itemCount: 0,
      totalPence: 0,
    });
  });
});
