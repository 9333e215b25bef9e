import { Address } from '../../../domain/address';
import { countryName } from '../../../../shared/domain/postal-areas';

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

export function addressView(address: Address): AddressView {
  return {
    id: address.id,
    label: address.label,
    line1: address.line1,
    line2: address.line2,
    town: address.town,
    county: address.county,
    postcode: address.postcode,
    country: address.country,
    countryName: countryName(address.country),
    isDefault: address.isDefault,
    createdAt: address.createdAt,
    updatedAt: address.updatedAt,
  };
}
