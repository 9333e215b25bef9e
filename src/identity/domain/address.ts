import { checkPostcode, isCountryCode } from '../../shared/domain/postal-areas';
import { InvalidAddressError } from './profile.errors';

/** What a person types for an address (before checking). */
export interface AddressInput {
  label?: string | null;
  line1?: string | null;
  line2?: string | null;
  town?: string | null;
  county?: string | null;
  postcode?: string | null;
  country?: string | null;
}

/** A checked address: trimmed, optional parts null, postcode upper case, country ISO 3166-1 alpha-2. */
export interface AddressFields {
  label: string | null;
  line1: string;
  line2: string | null;
  town: string;
  county: string | null;
  postcode: string;
  country: string;
}

export const ADDRESS_LIMITS = { label: 50, line: 100, town: 60, county: 60, postcode: 10 } as const;

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : '';
}

/** Checks every part of an address and names each bad one; the same rules for the API and the pages. */
export function checkAddress(input: AddressInput): AddressFields {
  const problems: Array<{ field: string; message: string }> = [];
  const label = text(input.label);
  const line1 = text(input.line1);
  const line2 = text(input.line2);
  const town = text(input.town);
  const county = text(input.county);
  const country = text(input.country).toUpperCase();
  const { value: postcode, problem: postcodeProblem } = checkPostcode(input.postcode, country);

  if (label.length > ADDRESS_LIMITS.label)
    problems.push({
      field: 'label',
      message: `The label must be ${ADDRESS_LIMITS.label} characters or fewer`,
    });
  if (!line1) problems.push({ field: 'line1', message: 'Enter the first line of the address' });
  else if (line1.length > ADDRESS_LIMITS.line)
    problems.push({
      field: 'line1',
      message: `Address line 1 must be ${ADDRESS_LIMITS.line} characters or fewer`,
    });
  if (line2.length > ADDRESS_LIMITS.line)
    problems.push({
      field: 'line2',
      message: `Address line 2 must be ${ADDRESS_LIMITS.line} characters or fewer`,
    });
  if (!town) problems.push({ field: 'town', message: 'Enter the town or city' });
  else if (town.length > ADDRESS_LIMITS.town)
    problems.push({
      field: 'town',
      message: `The town or city must be ${ADDRESS_LIMITS.town} characters or fewer`,
    });
  if (county.length > ADDRESS_LIMITS.county)
    problems.push({
      field: 'county',
      message: `The county must be ${ADDRESS_LIMITS.county} characters or fewer`,
    });
  const knownCountry = isCountryCode(country);
  if (!knownCountry)
    problems.push({
      field: 'country',
      message: country ? 'Choose a country from the list' : 'Choose the country',
    });

  if (postcodeProblem) problems.push({ field: 'postcode', message: postcodeProblem });
  if (problems.length > 0) throw new InvalidAddressError(problems);
  return {
    label: label || null,
    line1,
    line2: line2 || null,
    town,
    county: county || null,
    postcode,
    country,
  };
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
