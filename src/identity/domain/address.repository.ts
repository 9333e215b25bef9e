import { Address } from './address';
import { AddressBook } from './address-book';

export abstract class AddressRepository {
  /** The account's whole address book, locked for change until the transaction ends (so the limit holds). */
  abstract bookOf(accountId: string): Promise<AddressBook>;

  /** The account's addresses for reading (no lock). */
  abstract listFor(accountId: string): Promise<Address[]>;

  /** Writes the book's new, changed and removed addresses. */
  abstract save(book: AddressBook): Promise<void>;
}
