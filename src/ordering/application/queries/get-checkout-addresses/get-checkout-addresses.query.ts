import { Query } from '@nestjs/cqrs';
import { SavedAddress } from '../../ports/candidate-directory';

export interface CheckoutAddresses {
  /** The candidate's name: what an address from the book (which keeps no names) is addressed to. */
  candidateName: string;
  book: SavedAddress[];
}

/** The checkout's address steps: the candidate's address book and name. */
export class GetCheckoutAddresses extends Query<CheckoutAddresses> {
  constructor(readonly accountId: string) {
    super();
  }
}
