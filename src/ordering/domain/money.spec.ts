import { breakdown, percentToBps, vatInGross } from './money';
import { InvalidAmountError } from './ordering.errors';

describe('VAT in VAT-inclusive prices', () => {
  it('takes 20 % VAT out of £25.88, rounding half up to the penny', () => {
    expect(vatInGross(2588, 2000)).toBe(431); // 431.33
    expect(breakdown(2588, 1, 2000)).toEqual({ grossPence: 2588, vatPence: 431, netPence: 2157 });
  });

  it('rounds an exact half penny up', () => {
    // 63 × 2000 / 12000 = 10.5
    expect(vatInGross(63, 2000)).toBe(11);
    expect(vatInGross(62, 2000)).toBe(10); // 10.33
  });

  it('has no VAT at a zero rate or on a zero price', () => {
    expect(vatInGross(350, 0)).toBe(0);
    expect(vatInGross(0, 2000)).toBe(0);
  });

  it('keeps fractional rates exact in basis points', () => {
    expect(percentToBps(17.5)).toBe(1750);
    expect(vatInGross(1175, 1750)).toBe(175);
  });

  it('refuses fractions of a penny and negative amounts', () => {
    expect(() => vatInGross(10.5, 2000)).toThrow(InvalidAmountError);
    expect(() => vatInGross(-1, 2000)).toThrow(expect.objectContaining({ code: 'ORDERING.INVALID_AMOUNT' }));
    expect(() => vatInGross(2588, 17.5)).toThrow(InvalidAmountError);
  });
});
