import { Basket } from './basket';

const now = new Date('2026-11-29T10:00:00Z');
const reprint = (certificateNumber = '01645461-01-NU8R', quantity = 1) => ({
  productCode: 'certificate-reprint' as const,
  certificateNumber,
  qualificationTitle: 'Level 2 Award in MOT Testing',
  reason: { reason: 'lost' as const, text: null },
  quantity,
});

describe('Basket', () => {
  it('takes one copy of a document for an achievement', () => {
    const basket = new Basket('acc-1', '0001010', []);
    const item = basket.add(reprint(), false, now);
    expect(basket.items).toEqual([item]);
    expect(item.quantity).toBe(1);
  });

  it('refuses a second copy of the same product for the same achievement', () => {
    const basket = new Basket('acc-1', '0001010', []);
    basket.add(reprint(), false, now);
    expect(() => basket.add(reprint(), false, now)).toThrow(
      expect.objectContaining({ code: 'ORDERING.ONE_PER_ACHIEVEMENT' }),
    );
  });

  it('allows the other product, or another achievement', () => {
    const basket = new Basket('acc-1', '0001010', []);
    basket.add(reprint(), false, now);
    basket.add({ ...reprint(), productCode: 'poq-letter' }, false, now);
    basket.add(reprint('01702345-01-K7PD'), false, now);
    expect(basket.items).toHaveLength(3);
  });

  it('refuses a quantity other than one, saying that one copy can be ordered (not that it is taken)', () => {
    const basket = new Basket('acc-1', '0001010', []);
    expect(() => basket.add(reprint(undefined, 2), false, now)).toThrow(
      expect.objectContaining({
        code: 'ORDERING.ONE_PER_ACHIEVEMENT',
        message: 'You can order one copy of each document: enter 1 as the number of copies.',
      }),
    );
  });

  it('refuses a document already on an order that is not finished', () => {
    const basket = new Basket('acc-1', '0001010', []);
    expect(() => basket.add(reprint(), true, now)).toThrow(
      expect.objectContaining({ code: 'ORDERING.ONE_PER_ACHIEVEMENT' }),
    );
  });

  it('removes only its own items, and empties at checkout', () => {
    const stored = new Basket('acc-1', '0001010', []);
    const a = stored.add(reprint(), false, now);
    const b = stored.add(reprint('01702345-01-K7PD'), false, now);
    const basket = new Basket('acc-1', '0001010', [a, b]);
    expect(basket.remove('someone-elses')).toBe(false);
    expect(basket.remove(a.id)).toBe(true);
    expect(basket.empty()).toEqual([b]);
    expect(basket.isEmpty).toBe(true);
    expect(basket.removedItems).toEqual([a, b]);
    expect(basket.addedItems).toEqual([]);
  });

  it('tells what saving writes: the items added since loading, less any taken out again', () => {
    const stored = new Basket('acc-1', '0001010', []).add(reprint(), false, now);
    const basket = new Basket('acc-1', '0001010', [stored]);
    const kept = basket.add(reprint('01702345-01-K7PD'), false, now);
    const dropped = basket.add({ ...reprint(), productCode: 'poq-letter' }, false, now);
    basket.remove(dropped.id);
    expect(basket.addedItems).toEqual([kept]);
    expect(basket.removedItems).toEqual([]);
  });
});
