// Request bodies: JSON, HTML forms and CSV (staff imports). Their failures are the client's, never a
// 500: unreadable JSON is 400, an oversized body 413, an unknown charset 415.
//
// Every body is read before anyone is authenticated, so the defaults are small: 100 KB of JSON, 32
// levels deep, arrays of at most 1,000 items and objects of 200 fields, checked in one linear pass before parsing. Only the two
// staff import routes take more (5 MB, 25,000 rows), and only they read CSV.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import express from 'express';
import { DomainError, InvalidInputError } from '../domain/domain-error';
import { JsonShapeLimits, jsonShapeProblem } from './input/json-shape';

export const JSON_BODY_LIMIT = '100kb';
export const FORM_BODY_LIMIT = '1mb';
export const IMPORT_BODY_LIMIT = '5mb';
export const CSV_BODY_LIMIT = '20mb';
export const JSON_LIMITS: JsonShapeLimits = { maxDepth: 32, maxArrayLength: 1000, maxObjectKeys: 200 };
export const IMPORT_JSON_LIMITS: JsonShapeLimits = {
  maxDepth: 8,
  maxArrayLength: 25_000,
  maxObjectKeys: 200,
};

/** The bulk imports of staff (achievements, candidate records): the only routes with large bodies. */
export const IMPORT_ROUTES = [
  '/api/v1/admin/achievements/imports',
  '/api/v1/admin/candidate-records/imports',
];

const shapeErrors = {
  too_deep: () =>
    new InvalidInputError(
      'PLATFORM.BODY_TOO_DEEP',
      `The request body is nested too deeply (at most ${JSON_LIMITS.maxDepth} levels).`,
    ),
  array_too_long: () =>
    new DomainError(
      'PLATFORM.BODY_TOO_LARGE',
      'The request body holds a list that is too long.',
      'too_large',
    ),
  too_many_fields: () =>
    new DomainError('PLATFORM.BODY_TOO_LARGE', 'The request body has too many fields.', 'too_large'),
  nul: () =>
    new InvalidInputError(
      'PLATFORM.NUL_CHARACTER',
      'The request contains a NUL character (\\u0000), which is never accepted.',
    ),
};

class ShapeRefused extends Error {
  constructor(readonly refusal: DomainError) {
    super(refusal.message);
  }
}

function translate(error: unknown): unknown {
  if (error instanceof ShapeRefused) return error.refusal;
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

function json(limit: string, shape: JsonShapeLimits): RequestHandler {
  return express.json({
    limit,
    verify: (_req, _res, body) => {
      const problem = jsonShapeProblem(body, shape);
      if (problem) throw new ShapeRefused(shapeErrors[problem]());
    },
  });
}

function onImportRoutes(parser: RequestHandler): RequestHandler {
  return (req, res, next) => (IMPORT_ROUTES.includes(req.path) ? parser(req, res, next) : next());
}

export function bodyParsers(): RequestHandler[] {
  return [
    // The import parser reads first; the default parser then sees a body already read and passes.
    named('importJsonParser', onImportRoutes(json(IMPORT_BODY_LIMIT, IMPORT_JSON_LIMITS))),
    named('jsonParser', json(JSON_BODY_LIMIT, JSON_LIMITS)),
    named(
      'urlencodedParser',
      express.urlencoded({ extended: true, limit: FORM_BODY_LIMIT, parameterLimit: 1000 }),
    ),
    named(
      'csvParser',
      onImportRoutes(express.text({ type: ['text/csv', 'application/csv'], limit: CSV_BODY_LIMIT })),
    ),
  ];
}
