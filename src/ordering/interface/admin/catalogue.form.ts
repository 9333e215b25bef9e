import { Type } from 'class-transformer';
import { Allow, IsString, Matches, ValidateBy, ValidateNested } from 'class-validator';
import { PricedEntryChange } from '../../application/commands/update-catalogue/update-catalogue.command';

type CatalogueKind = 'products' | 'deliveryOptions';

/** The page's input for one row's field, e.g. `products-0-price`. */
export function catalogueField(
  kind: CatalogueKind,
  index: number,
  name: 'name' | 'price' | 'vatRate',
): string {
  return `${kind}-${index}-${name}`;
}

const forEntry = (sentence: string) => ({
  message: ({ object }: { object: object }) => `${sentence}, for ${(object as CatalogueEntryForm).code}.`,
});

const vatRateMessage = forEntry('Enter the VAT rate as a percentage, like 20');

/**
 * One product's or delivery option's row: its name, gross price in pounds and pence and VAT rate in
 * percent. Only the shape is checked here; what a valid catalogue is (names, bounds) is the domain's.
 */
export class CatalogueEntryForm {
  @Allow() code!: string;

  @IsString()
  name: string = '';

  @Matches(/^\d{1,5}(\.\d{2})?$/, forEntry('Enter the price in pounds and pence, like 25.88'))
  price: string = '';

  @Matches(/^\d{1,3}(\.\d{1,2})?$/, vatRateMessage)
  @ValidateBy({ name: 'atMostAHundred', validator: { validate: (v) => Number(v) <= 100 } }, vatRateMessage)
  vatRate: string = '';

  toChange(): PricedEntryChange {
    return {
      code: this.code,
      name: this.name,
      pricePence: Math.round(Number(this.price) * 100),
      vatRateBps: Math.round(Number(this.vatRate) * 100),
    };
  }
}

/**
 * The Prices and delivery form: one row of inputs per product and per delivery option, named by kind,
 * position and field (`products-0-price`). `input` gathers them into one list per kind, each row with
 * the code of the entry shown at that position, so each row is validated as an entry.
 */
export class CatalogueForm {
  @ValidateNested({ each: true })
  @Type(() => CatalogueEntryForm)
  products: CatalogueEntryForm[] = [];

  @ValidateNested({ each: true })
  @Type(() => CatalogueEntryForm)
  deliveryOptions: CatalogueEntryForm[] = [];

  static input(
    body: Record<string, unknown>,
    shown: Record<CatalogueKind, ReadonlyArray<{ code: string }>>,
  ): Record<CatalogueKind, Array<Record<string, string>>> {
    const rows = (kind: CatalogueKind) =>
      shown[kind].map((entry, index) => {
        const value = (name: 'name' | 'price' | 'vatRate') =>
          String(body[catalogueField(kind, index, name)] ?? '').trim();
        return { code: entry.code, name: value('name'), price: value('price'), vatRate: value('vatRate') };
      });
    return { products: rows('products'), deliveryOptions: rows('deliveryOptions') };
  }

  /** A finding on `products.0.price` belongs to the page's `products-0-price` input. */
  static pageField(path: string): string {
    const row = /^(products|deliveryOptions)\.(\d+)\.(name|price|vatRate)$/.exec(path);
    return row ? catalogueField(row[1] as CatalogueKind, Number(row[2]), row[3] as 'name') : path;
  }
}
