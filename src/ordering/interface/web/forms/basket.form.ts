import { Transform, Type } from 'class-transformer';
import {
  Allow,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

/** What the basket page knows of an item: the form names its quantity field after the item's id. */
export interface BasketLine {
  id: string;
  productName: string;
  certificateNumber: string;
}

/** One item's quantity as typed: 0 removes it, 1 keeps it; one copy per achievement, so nothing else. */
export class BasketQuantity {
  @Allow() itemId!: string;
  @Allow() productName!: string;
  @Allow() certificateNumber!: string;

  @Matches(/^[01]$/, {
    message: ({ object }) => {
      const line = object as BasketQuantity;
      return `You can order one copy of the ${line.productName.toLowerCase()} for ${line.certificateNumber}: enter 1, or 0 to remove it.`;
    },
  })
  quantity!: string;

  get field(): string {
    return quantityField(this.itemId);
  }
}

export function quantityField(itemId: string): string {
  return `quantity-${itemId}`;
}

/**
 * The basket page's form: Remove selected (the ticked items' ids) or Update (one `quantity-<id>` input
 * per item). The per-item inputs are gathered into a list by `input`, so each is validated as one
 * quantity; an item left out of the body keeps its 1.
 */
export class BasketForm {
  @IsOptional()
  @IsIn(['remove', 'update'])
  action?: 'remove' | 'update';

  /** One ticked box arrives as a string, several as a list. */
  @Transform(({ value }) => ([] as unknown[]).concat(value ?? []))
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  selected: string[] = [];

  // Quantities count only when the candidate updates: removing ignores what is typed in them.
  @ValidateIf((form: BasketForm) => form.action !== 'remove')
  @ValidateNested({ each: true })
  @Type(() => BasketQuantity)
  quantities: BasketQuantity[] = [];

  /** The submitted body with each item's quantity input gathered into `quantities`. */
  static input(body: Record<string, unknown>, items: readonly BasketLine[]): Record<string, unknown> {
    return {
      action: body.action,
      selected: body.selected,
      quantities: items.map((item) => ({
        itemId: item.id,
        productName: item.productName,
        certificateNumber: item.certificateNumber,
        quantity: String(body[quantityField(item.id)] ?? '1').trim(),
      })),
    };
  }

  /** Items whose quantity is 0: the candidate takes them out. */
  toRemove(): string[] {
    return this.quantities.filter((q) => q.quantity === '0').map((q) => q.itemId);
  }
}
