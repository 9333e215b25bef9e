import { DirectUnitOfWork } from '../../../../shared/application/testing';
import {
  aBasketItem,
  CANDIDATE,
  InMemoryBaskets,
  InMemoryReprintClaims,
} from '../../testing/in-memory-ordering';
import { RemoveFromBasket } from './remove-from-basket.command';
import { RemoveFromBasketHandler } from './remove-from-basket.handler';

describe('RemoveFromBasketHandler', () => {
  const setUp = async () => {
    const baskets = new InMemoryBaskets();
    const claims = new InMemoryReprintClaims();
    const mine = aBasketItem({ certificateNumber: 'C-1' });
    const theirs = aBasketItem({ accountId: 'cand-2', certificateNumber: 'C-2' });
    baskets.has(mine, theirs);
    const key = (item: typeof mine) => ({
      candidateNumber: item.candidateNumber,
      certificateNumber: item.certificateNumber,
      productCode: item.productCode,
    });
    await claims.claim(key(mine), mine.id);
    await claims.claim(key(theirs), theirs.id);
    const handler = new RemoveFromBasketHandler(new DirectUnitOfWork(), baskets, claims);
    return { baskets, claims, mine, theirs, key, handler };
  };

  it('removes the item and frees the document to be added again', async () => {
    const { baskets, claims, mine, key, handler } = await setUp();
    await handler.execute(new RemoveFromBasket(CANDIDATE.accountId, [mine.id]));
    expect(baskets.items.map((i) => i.id)).not.toContain(mine.id);
    expect(await claims.isClaimed(key(mine))).toBe(false);
  });

  it('does not touch another candidate’s item: it is simply not in this basket', async () => {
    const { baskets, claims, theirs, key, handler } = await setUp();
    await expect(
      handler.execute(new RemoveFromBasket(CANDIDATE.accountId, [theirs.id])),
    ).rejects.toMatchObject({
      code: 'ORDERING.BASKET_ITEM_NOT_FOUND',
    });
    expect(baskets.items).toContain(theirs);
    expect(claims.holderOf(key(theirs))).toBe(theirs.id);
  });
});
