import { randomUUID } from 'node:crypto';

/** New aggregate ids are random UUIDs: unguessable, and made before the row is written. */
export function newId(): string {
  return randomUUID();
}
