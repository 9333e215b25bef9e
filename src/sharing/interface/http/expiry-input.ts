import { parseExpiry } from '../../domain/expiry';

/** A blank expiry means the default (one month); anything else must be a real ISO 8601 date. */
export function expiryInput(value: string | undefined | null): Date | null {
  if (value === undefined || value === null || value.trim() === '') return null;
  return parseExpiry(value);
}
