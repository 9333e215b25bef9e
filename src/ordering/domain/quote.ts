import { breakdown, PriceBreakdown } from './money';

/** Something priced VAT-inclusive: a document line (unit price × quantity) or the delivery (quantity 1). */
export interface Priced {
  unitPricePence: number;
  quantity: number;
  vatRateBps: number;
}

/**
 * What a customer pays, as every page, the receipt email and the order itself show it: documents,
 * delivery and the total, which "includes VAT". Prices are VAT-inclusive (ADR 0007), so these three
 * figures add up as shown; the VAT is a part of the total, not a line added to it.
 */
export interface Quote {
  /** Each document line's breakdown, in the order given. */
  lines: PriceBreakdown[];
  delivery: PriceBreakdown;
  documentsPence: number;
  deliveryPence: number;
  totalPence: number;
  /** The VAT inside the total: the sum of the lines' VAT, each rounded on its own. */
  vatPence: number;
  /** The total without its VAT. */
  netPence: number;
}

const NO_DELIVERY: Priced = { unitPricePence: 0, quantity: 1, vatRateBps: 0 };

/** The one place the figures of a basket, a checkout or an order are computed. */
export function quote(lines: readonly Priced[], delivery: Priced | null = null): Quote {
  const priced = lines.map((l) => breakdown(l.unitPricePence, l.quantity, l.vatRateBps));
  const d = delivery ?? NO_DELIVERY;
  const deliveryBreakdown = breakdown(d.unitPricePence, d.quantity, d.vatRateBps);
  const documentsPence = priced.reduce((sum, l) => sum + l.grossPence, 0);
  const totalPence = documentsPence + deliveryBreakdown.grossPence;
  const vatPence = [...priced, deliveryBreakdown].reduce((sum, l) => sum + l.vatPence, 0);
  return {
    lines: priced,
    delivery: deliveryBreakdown,
    documentsPence,
    deliveryPence: deliveryBreakdown.grossPence,
    totalPence,
    vatPence,
    netPence: totalPence - vatPence,
  };
}
