import { clockAt, DirectUnitOfWork } from '../../../../shared/application/testing';
import {
  CANDIDATE,
  FakeCandidateDirectory,
  InMemoryBaskets,
  InMemoryCatalogue,
  InMemoryReprintClaims,
} from '../../testing/in-memory-ordering';
import { AddToBasket, AddToBasketInput } from './add-to-basket.command';
import { AddToBasketHandler } from './add-to-basket.handler';

describe('AddToBasketHandler', () => {
  const CERT = '01702341-01-K7PD';
  const setUp = () => {
    const baskets = new InMemoryBaskets();
    const claims = new InMemoryReprintClaims();
    const directory = new FakeCandidateDirectory();
    const handler = new AddToBasketHandler(
      new DirectUnitOfWork(),
      baskets,
      claims,
      new InMemoryCatalogue(),
      directory,
      clockAt(),
    );
    return { baskets, claims, directory, handler };
  };
  const add = (input: Partial<AddToBasketInput> = {}, accountId = CANDIDATE.accountId) =>
    new AddToBasket(accountId, {
      product: 'certificate-reprint',
      certificateNumber: CERT,
      reason: 'lost',
      quantity: 1,
      ...input,
    });

  it('adds one copy of a document and claims it for the basket', async () => {
    const { baskets, claims, handler } = setUp();
    const { itemId } = await handler.execute(add());
    expect(baskets.items).toEqual([
      expect.objectContaining({ id: itemId, certificateNumber: CERT, qualificationTitle: 'Level 3 Diploma' }),
    ]);
    expect(
      claims.holderOf({
        candidateNumber: CANDIDATE.candidateNumber,
        certificateNumber: CERT,
        productCode: 'certificate-reprint',
      }),
    ).toBe(itemId);
  });

  it('allows one copy per achievement per product: a second is refused, another product is not', async () => {
    const { baskets, handler } = setUp();
    await handler.execute(add());
    await expect(handler.execute(add())).rejects.toMatchObject({ code: 'ORDERING.ONE_PER_ACHIEVEMENT' });
    await expect(handler.execute(add({ product: 'poq-letter', quantity: 2 }))).rejects.toMatchObject({
      code: 'ORDERING.ONE_PER_ACHIEVEMENT',
    });
    await handler.execute(add({ product: 'poq-letter', reason: 'other', reasonText: 'Visa application' }));
    expect(baskets.items.map((i) => i.productCode)).toEqual(['certificate-reprint', 'poq-letter']);
  });

  it('refuses someone else’s achievement, a revoked one, and an unknown product', async () => {
    const { directory, baskets, handler } = setUp();
    await expect(handler.execute(add({ certificateNumber: 'NOT-MINE' }))).rejects.toMatchObject({
      code: 'ORDERING.ACHIEVEMENT_NOT_FOUND',
    });
    await expect(handler.execute(add({ product: 'mug' }))).rejects.toMatchObject({
      code: 'ORDERING.UNKNOWN_PRODUCT',
    });
    directory.facts[0].revoked = true;
    await expect(handler.execute(add())).rejects.toMatchObject({ code: 'ORDERING.ACHIEVEMENT_REVOKED' });
    expect(baskets.items).toHaveLength(0);
  });
});
