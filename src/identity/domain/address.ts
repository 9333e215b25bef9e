import { checkPostalLines, PostalLines, typedText } from '../../shared/domain/postal-lines';
import { InvalidAddressError } from './profile.errors';

/** What a person types for an address (before checking). */
export type AddressInput = Partial<Record<keyof AddressFields, string | null>>;

/** A checked address: trimmed, optional parts null, postcode upper case, country ISO 3166-1 alpha-2. */
export interface AddressFields extends PostalLines {
  label: string | null;
}

export const ADDRESS_LIMITS = { label: 50, line: 100, town: 60, county: 60, postcode: 10 } as const;

/** Checks every part of an address and names each bad one; the same rules for the API and the pages. */
export function checkAddress(input: AddressInput): AddressFields {
  const { lines, problems } = checkPostalLines(input, ADDRESS_LIMITS);
  const label = typedText(input.label);
  if (label.length > ADDRESS_LIMITS.label)
    problems.unshift({
      field: 'label',
      message: `The label must be ${ADDRESS_LIMITS.label} characters or fewer`,
    });
  if (problems.length > 0) throw new InvalidAddressError(problems);
  return { label: label || null, ...lines };
}

/** One entry of an account's address book. Fields are public for the mapper; change them through AddressBook. */
export class Address {
  id: string;
  accountId: string;
  label: string | null;
  line1: string;
  line2: string | null;
  town: string;
  county: string | null;
  postcode: string;
  country: string;
  isDefault: boolean;
  createdAt: Date;
  updatedAt: Date;

  static create(id: string, accountId: string, fields: AddressFields, now: Date): Address {
    const address = new Address();
    address.id = id;
    address.accountId = accountId;
    address.isDefault = false;
    address.createdAt = now;
    address.change(fields, now);
    return address;
  }

  change(fields: AddressFields, now: Date): void {
    this.label = fields.label;
    this.line1 = fields.line1;
    this.line2 = fields.line2;
    this.town = fields.town;
    this.county = fields.county;
    this.postcode = fields.postcode;
    this.country = fields.country;
    this.updatedAt = now;
  }
}
