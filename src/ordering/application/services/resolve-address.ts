import { NotFoundError } from '../../../shared/domain';
import { checkAddress, PostalAddress } from '../../domain/postal-address';
import { SavedAddress } from '../ports/candidate-directory';

export class SavedAddressNotFoundError extends NotFoundError {
  constructor() {
    super('ORDERING.ADDRESS_NOT_FOUND', 'We could not find that address in your address book.');
  }
}

/** A saved address by id (checked like a typed one, since orders need complete addresses), or a typed address. */
export function resolveAddress(
  input: Record<string, unknown>,
  book: SavedAddress[],
  field: string,
  fullName: string,
): PostalAddress {
  if (typeof input.addressId === 'string') {
    const saved = book.find((a) => a.id === input.addressId);
    if (!saved) throw new SavedAddressNotFoundError();
    return checkAddress({ ...saved, fullName: saved.fullName || fullName }, field);
  }
  return checkAddress({ fullName, ...input }, field);
}
