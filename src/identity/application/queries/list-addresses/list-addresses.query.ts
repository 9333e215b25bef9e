import { Query } from '@nestjs/cqrs';

/** An address-book entry as callers see it (the API, the pages, and Ordering's checkout). */
export interface AddressView {
  id: string;
  label: string | null;
  line1: string;
  line2: string | null;
  town: string;
  county: string | null;
  /** UK postcodes upper case with one space. */
  postcode: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  /** The country's English name, for showing. */
  countryName: string;
  isDefault: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** The account's address book, the default address first (empty when there is none). */
export class ListAddresses extends Query<AddressView[]> {
  constructor(readonly accountId: string) {
    super();
  }
}
