import { Address, countryName } from '../../../domain/address';
import { AddressView } from './list-addresses.query';

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
