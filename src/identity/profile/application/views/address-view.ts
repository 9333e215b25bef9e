import { Address } from '../../../domain/address';
import { countryName } from '../../../../shared/domain/postal-areas';
import type { PostalLines } from '../../../../shared/domain/postal-lines';

/** An address-book entry as callers see it (the API, the pages, and Ordering's checkout). */
export interface AddressView extends PostalLines {
  id: string;
  label: string | null;
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
