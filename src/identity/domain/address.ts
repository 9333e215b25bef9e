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

/** One entry of an account's address book: its state is its own, changed through AddressBook. */
export class Address {
  private _id: string;
  private _accountId: string;
  private _label: string | null;
  private _line1: string;
  private _line2: string | null;
  private _town: string;
  private _county: string | null;
  private _postcode: string;
  private _country: string;
  private _isDefault: boolean;
  private _createdAt: Date;
  private _updatedAt: Date;

  static create(id: string, accountId: string, fields: AddressFields, now: Date): Address {
    const address = new Address();
    address._id = id;
    address._accountId = accountId;
    address._isDefault = false;
    address._createdAt = now;
    address.change(fields, now);
    return address;
  }

  get id(): string {
    return this._id;
  }
  get accountId(): string {
    return this._accountId;
  }
  get label(): string | null {
    return this._label;
  }
  get line1(): string {
    return this._line1;
  }
  get line2(): string | null {
    return this._line2;
  }
  get town(): string {
    return this._town;
  }
  get county(): string | null {
    return this._county;
  }
  get postcode(): string {
    return this._postcode;
  }
  get country(): string {
    return this._country;
  }
  get isDefault(): boolean {
    return this._isDefault;
  }
  get createdAt(): Date {
    return this._createdAt;
  }
  get updatedAt(): Date {
    return this._updatedAt;
  }

  change(fields: AddressFields, now: Date): void {
    this._label = fields.label;
    this._line1 = fields.line1;
    this._line2 = fields.line2;
    this._town = fields.town;
    this._county = fields.county;
    this._postcode = fields.postcode;
    this._country = fields.country;
    this._updatedAt = now;
  }

  /** The book moves its default: an entry only records whether it is the one. */
  markDefault(isDefault: boolean, now: Date): void {
    if (this._isDefault === isDefault) return;
    this._isDefault = isDefault;
    this._updatedAt = now;
  }
}
