import type { NextFunction, Request, Response } from 'express';
import { InvalidInputError } from '../../domain/domain-error';

const nulRefused = () =>
  new InvalidInputError(
    'PLATFORM.NUL_CHARACTER',
    'The request contains a NUL character (\\u0000), which is never accepted.',
  );

/** True when any string in the value (keys included) holds NUL. Iterative: a body cannot overflow the stack. */
export function containsNul(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item === 'string') {
      if (item.includes('\u0000')) return true;
    } else if (item !== null && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) {
        if (key.includes('\u0000')) return true;
        pending.push(child);
      }
    }
  }
  return false;
}

/**
 * Postgres cannot store NUL ("invalid message format"), and no person types one: refused with 400 in
 * the address, the query and any body. JSON bodies are checked while they are read (json-shape.ts).
 */
export function refuseNul(req: Request, _res: Response, next: NextFunction): void {
  if (/%00/.test(req.originalUrl) || req.originalUrl.includes('\u0000')) return next(nulRefused());
  if (!req.is('application/json') && containsNul(req.body)) return next(nulRefused());
  next();
}
