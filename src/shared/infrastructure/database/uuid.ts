import { isUUID } from 'class-validator';

/**
 * Whether a value fits a Postgres `uuid` column: any 8-4-4-4-12 hexadecimal id, whatever its version
 * ("loose"). Ids from URLs are checked before a lookup, so a malformed one is simply not found instead
 * of failing the statement.
 */
export function isUuid(value: string): boolean {
  return isUUID(value, 'loose');
}
