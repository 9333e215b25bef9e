import { InvalidCatalogueError } from './ordering.errors';

export const PRODUCT_CODES = ['certificate-reprint', 'poq-letter'] as const;
export type ProductCode = (typeof PRODUCT_CODES)[number];

export function isProductCode(value: unknown): value is ProductCode {
  return typeof value === 'string' && (PRODUCT_CODES as readonly string[]).includes(value);
}

/** What staff may set on a priced thing; checked here so the API and the page give the same answers. */
export interface PriceChange {
  name: string;
  pricePence: number;
  vatRateBps: number;
}

function checkPrice(change: PriceChange, field: string): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  if (!change.name || change.name.trim().length === 0 || change.name.length > 120)
    problems.push({ field: `${field}.name`, message: 'Give a name of 1 to 120 characters.' });
  if (!Number.isSafeInteger(change.pricePence) || change.pricePence < 0 || change.pricePence > 1_000_000)
    problems.push({ field: `${field}.price`, message: 'The price must be whole pence from 0 to 1,000,000.' });
  if (!Number.isSafeInteger(change.vatRateBps) || change.vatRateBps < 0 || change.vatRateBps > 10000)
    problems.push({
      field: `${field}.vatRate`,
      message: 'The VAT rate must be a percentage from 0 to 100 with at most two decimals.',
    });
  return problems;
}

/** Staff's change to a priced thing (a product or a delivery option), refused whole if any part is wrong. */
function applyPriceChange(
  priced: PriceChange & { updatedAt: Date },
  change: PriceChange,
  now: Date,
  field: string,
): void {
  const problems = checkPrice(change, field);
  if (problems.length > 0) throw new InvalidCatalogueError(problems);
  priced.name = change.name.trim();
  priced.pricePence = change.pricePence;
  priced.vatRateBps = change.vatRateBps;
  priced.updatedAt = now;
}

/** A document a candidate can order. Prices are VAT-inclusive (docs/adr/0007-ordering-prices-vat-and-payments.md). */
export class Product {
  constructor(
    readonly code: ProductCode,
    public name: string,
    public pricePence: number,
    public vatRateBps: number,
    public updatedAt: Date,
  ) {}

  reprice(change: PriceChange, now: Date, field = 'product'): void {
    applyPriceChange(this, change, now, field);
  }
}

/** How an order travels. International delivery is priced at nothing: staff arrange it with the candidate. */
export class DeliveryOption {
  constructor(
    readonly code: string,
    public name: string,
    public pricePence: number,
    public vatRateBps: number,
    readonly international: boolean,
    public position: number,
    public updatedAt: Date,
  ) {}

  reprice(change: PriceChange, now: Date, field = 'deliveryOption'): void {
    applyPriceChange(this, change, now, field);
  }

  /** Addresses outside the UK get the international option only; UK addresses never get it. */
  availableFor(international: boolean): boolean {
    return this.international === international;
  }
}

/** The prices an order is placed at: every product, and the delivery option asked for if it exists. */
export interface PriceList {
  products: Product[];
  deliveryOption: DeliveryOption | undefined;
}

export abstract class CatalogueRepository {
  abstract products(): Promise<Product[]>;
  /** Read together, for reading only (a change goes through `products()` and `deliveryOption()`). */
  abstract priceList(deliveryOptionCode: string | null): Promise<PriceList>;
  abstract deliveryOptions(): Promise<DeliveryOption[]>;
  abstract product(code: string): Promise<Product | undefined>;
  abstract deliveryOption(code: string): Promise<DeliveryOption | undefined>;
}
