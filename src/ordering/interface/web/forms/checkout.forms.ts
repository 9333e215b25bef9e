import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const text = (max: number) => (target: object, key: string) => {
  IsOptional()(target, key);
  IsString()(target, key);
  MaxLength(max)(target, key);
};

/**
 * The billing and delivery address steps. Only the shape is checked here, with bounds looser than the
 * domain's: what makes an address complete and how long each line may be is checkAddress's, with its
 * own messages, shown on the same page.
 */
export class AddressForm {
  /** An address book entry's id, or "new" for the typed address. */
  @text(40) savedAddress?: string;
  @text(200) fullName?: string;
  @text(200) line1?: string;
  @text(200) line2?: string;
  @text(200) town?: string;
  @text(200) county?: string;
  @text(200) postcode?: string;
  @text(200) country?: string;
  /** Delivery step: to the billing address ("same") or another one. */
  @IsOptional()
  @IsIn(['same', 'other'])
  destination?: 'same' | 'other';
}

export class DeliveryOptionForm {
  @text(60) deliveryOption?: string;
}

export class ConfirmForm {
  /** The confirm page's one-time token: the checkout's idempotency key. */
  @Matches(/^[0-9a-f-]{36}$/)
  formToken!: string;
}
