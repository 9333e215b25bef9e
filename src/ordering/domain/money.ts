import { InvalidAmountError } from './ordering.errors';

/**
 * Money is integer pence end to end (docs/adr/0007-ordering-prices-vat-and-payments.md: prices are VAT-inclusive). VAT rates are held in basis
 * points (2000 = 20 %) so that rates such as 17.5 % stay exact.
 */
export interface Money {
  amountPence: number;
  currency: 'GBP';
}

export function gbp(amountPence: number): Money {
  return { amountPence, currency: 'GBP' };
}

/**
 * The VAT inside a VAT-inclusive gross amount, for one line: gross × rate / (1 + rate), rounded half up
 * to the penny. Each line is rounded on its own and totals are sums of the rounded lines, so a receipt
 * always adds up.
 */
export function vatInGross(grossPence: number, vatRateBps: number): number {
  if (!Number.isSafeInteger(grossPence) || grossPence < 0)
    throw new InvalidAmountError('An amount must be whole pence, not negative.');
  if (!Number.isSafeInteger(vatRateBps) || vatRateBps < 0)
    throw new InvalidAmountError('A VAT rate must be whole basis points, not negative.');
  const divisor = 10000 + vatRateBps;
  return Math.floor((2 * grossPence * vatRateBps + divisor) / (2 * divisor));
}

/** A line's price broken down: gross (what is paid), the VAT in it, and the net sub total. */
export interface PriceBreakdown {
  grossPence: number;
  vatPence: number;
  netPence: number;
}

export function breakdown(unitPricePence: number, quantity: number, vatRateBps: number): PriceBreakdown {
  const grossPence = unitPricePence * quantity;
  const vatPence = vatInGross(grossPence, vatRateBps);
  return { grossPence, vatPence, netPence: grossPence - vatPence };
}

/** Percent as staff type it (20, 17.5) to basis points, and back. */
export function percentToBps(percent: number): number {
  return Math.round(percent * 100);
}

export function bpsToPercent(bps: number): number {
  return bps / 100;
}
