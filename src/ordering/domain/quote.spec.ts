import { quote } from './quote';

describe('quote', () => {
  const reprint = { unitPricePence: 2588, quantity: 1, vatRateBps: 2000 };
  const signedFor = { unitPricePence: 350, quantity: 1, vatRateBps: 2000 };

  it('shows documents + delivery = total, the VAT included in the total', () => {
    const q = quote([reprint, reprint], signedFor);
    expect(q).toMatchObject({ documentsPence: 5176, deliveryPence: 350, totalPence: 5526, vatPence: 920 });
    expect(q.documentsPence + q.deliveryPence).toBe(q.totalPence);
    expect(q.netPence + q.vatPence).toBe(q.totalPence);
  });

  it('rounds each line on its own, so the lines add up to the VAT shown', () => {
    const q = quote([reprint, { unitPricePence: 1999, quantity: 1, vatRateBps: 1750 }], signedFor);
    expect(q.lines.reduce((sum, l) => sum + l.vatPence, 0) + q.delivery.vatPence).toBe(q.vatPence);
  });

  it('without a delivery chosen yet, the total is the documents', () => {
    const q = quote([reprint]);
    expect(q).toMatchObject({ documentsPence: 2588, deliveryPence: 0, totalPence: 2588, vatPence: 431 });
  });
});
