// Request bodies: JSON, HTML forms and CSV (staff imports). Their failures are the client's, never a
// 500: unreadable JSON is 400, an oversized body 413, an unknown charset 415.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import express from 'express';
import { DomainError, InvalidInputError } from '../domain/domain-error';

export const JSON_BODY_LIMIT = '5mb';
export const FORM_BODY_LIMIT = '1mb';
export const CSV_BODY_LIMIT = '20mb';

function translate(error: unknown): unknown {
  const type = (error as { type?: string } | null)?.type;
  switch (type) {
    case 'entity.parse.failed':
      return new InvalidInputError(
        'PLATFORM.MALFORMED_BODY',
        'The request body could not be read: it is not valid JSON.',
      );
    case 'entity.too.large':
      return new DomainError('PLATFORM.BODY_TOO_LARGE', 'The request body is too large.', 'too_large');
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return new DomainError(
        'PLATFORM.UNSUPPORTED_ENCODING',
        'The request body uses an encoding that is not accepted.',
        'unsupported_media',
      );
    case 'parameters.too.many':
      return new DomainError('PLATFORM.BODY_TOO_LARGE', 'The form has too many fields.', 'too_large');
    default:
      return error;
  }
}

/**
 * Named like Nest's own parsers (jsonParser, urlencodedParser), so Nest sees them in place and does
 * not add its defaults after them.
 */
function named(name: string, parser: RequestHandler): RequestHandler {
  const wrapped = (req: Request, res: Response, next: NextFunction) =>
    parser(req, res, (error?: unknown) => next(error ? translate(error) : undefined));
  Object.defineProperty(wrapped, 'name', { value: name });
  return wrapped;
}

export function bodyParsers(): RequestHandler[] {
  return [
    named('jsonParser', express.json({ limit: JSON_BODY_LIMIT })),
    named(
      'urlencodedParser',
      express.urlencoded({ extended: true, limit: FORM_BODY_LIMIT, parameterLimit: 1000 }),
    ),
    named('csvParser', express.text({ type: ['text/csv', 'application/csv'], limit: CSV_BODY_LIMIT })),
  ];
}
