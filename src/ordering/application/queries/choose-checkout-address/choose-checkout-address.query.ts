import { Query } from '@nestjs/cqrs';
import { PostalAddress } from '../../../domain/postal-address';

/** What a checkout address step was sent: an address book entry's id (or "new"), a name and typed lines. */
export interface CheckoutAddressChoice {
  savedAddress?: string;
  fullName?: string;
  line1?: string;
  line2?: string;
  town?: string;
  county?: string;
  postcode?: string;
  country?: string;
}

/**
 * The address a checkout page step chose, checked as an order needs it: refused with field errors when
 * incomplete, with ORDERING.ADDRESS_NOT_FOUND for an entry that is not in the candidate's book.
 */
export class ChooseCheckoutAddress extends Query<PostalAddress> {
  constructor(
    readonly accountId: string,
    readonly choice: CheckoutAddressChoice,
  ) {
    super();
  }
}
