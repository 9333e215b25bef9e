// How every refusal becomes an HTTP answer (api.md "Errors"): DomainError kinds and HttpExceptions map to
// a status, a stable code and a message a person understands. A lost database connection is a 503 with
// Retry-After (connection-failure.ts). Anything unrecognised is a 500 whose message says nothing about
// the cause.
import { HttpException, HttpStatus } from '@nestjs/common';
import { DomainError, DomainErrorKind } from '../../domain/domain-error';
import { isConnectionFailure } from './connection-failure';

export interface ErrorDetail {
  field?: string;
  message: string;
}

export interface HttpErrorDescription {
  status: number;
  code: string;
  message: string;
  details: ErrorDetail[];
  /** Seconds, for 429 answers and 503 answers that know when to come back. */
  retryAfterSeconds?: number;
  /** True when the cause is ours, not the client's: log it, show nothing of it. */
  unexpected: boolean;
  /** A passing fault of a dependency (a lost database connection): one warning line, no stack. */
  transient?: boolean;
}

export const INTERNAL_ERROR_MESSAGE = 'Something went wrong on our side. Please try again later.';

export const BRIEFLY_UNAVAILABLE_MESSAGE = 'Veri is briefly unavailable. Try again in a few seconds.';

/** The pool reconnects within seconds of a database restart: long enough for a client to wait. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

const statusByKind: Record<DomainErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_media: 415,
  rule: 422,
  throttled: 429,
  unavailable: 503,
};

const byStatus: Record<number, { code: string; message: string }> = {
  400: { code: 'PLATFORM.BAD_REQUEST', message: 'The request could not be understood.' },
  401: { code: 'PLATFORM.UNAUTHENTICATED', message: 'You need to log in to do that.' },
  403: { code: 'PLATFORM.FORBIDDEN', message: 'You are not allowed to do that.' },
  404: { code: 'PLATFORM.NOT_FOUND', message: 'We could not find what you asked for.' },
  405: { code: 'PLATFORM.METHOD_NOT_ALLOWED', message: 'That action is not possible here.' },
  406: { code: 'PLATFORM.NOT_ACCEPTABLE', message: 'We cannot answer in the format asked for.' },
  409: { code: 'PLATFORM.CONFLICT', message: 'That conflicts with the current state of things.' },
  413: { code: 'PLATFORM.TOO_LARGE', message: 'What was sent is too large.' },
  415: { code: 'PLATFORM.UNSUPPORTED_MEDIA_TYPE', message: 'That type of content is not accepted here.' },
  422: { code: 'PLATFORM.RULE_BROKEN', message: 'That is not possible.' },
  429: {
    code: 'PLATFORM.TOO_MANY_REQUESTS',
    message: 'Too many requests: please wait a moment and try again.',
  },
  503: {
    code: 'PLATFORM.UNAVAILABLE',
    message: 'The service is unavailable at the moment. Please try again later.',
  },
};

function forStatus(status: number): { code: string; message: string } {
  if (byStatus[status]) return byStatus[status];
  if (status >= 500) return { code: 'PLATFORM.INTERNAL_ERROR', message: INTERNAL_ERROR_MESSAGE };
  return { code: 'PLATFORM.REQUEST_REFUSED', message: 'The request was refused.' };
}

/** Nest's own wording ("Unauthorized", "Cannot GET /x", "ThrottlerException: ...") is replaced by ours. */
function customMessage(exception: HttpException): string | undefined {
  const response = exception.getResponse();
  const raw = typeof response === 'string' ? response : (response as { message?: unknown }).message;
  const message = Array.isArray(raw) ? raw.join(' ') : typeof raw === 'string' ? raw : undefined;
  if (!message) return undefined;
  const statusPhrase = (HttpStatus[exception.getStatus()] ?? '').replace(/_/g, ' ').toLowerCase();
  const isNestDefault =
    message.toLowerCase() === statusPhrase ||
    message === exception.name ||
    /^Cannot [A-Z]+ /.test(message) ||
    message.startsWith('ThrottlerException');
  return isNestDefault ? undefined : message;
}

/** An error from an Express middleware (body-parser, http-errors): a status and a public flag. */
function httpErrorStatus(exception: unknown): number | undefined {
  if (typeof exception !== 'object' || exception === null) return undefined;
  const { status, statusCode, expose } = exception as {
    status?: unknown;
    statusCode?: unknown;
    expose?: unknown;
  };
  const value = typeof status === 'number' ? status : typeof statusCode === 'number' ? statusCode : undefined;
  return value !== undefined && value >= 400 && value < 500 && expose === true ? value : undefined;
}

export function describeHttpError(exception: unknown): HttpErrorDescription {
  if (exception instanceof DomainError) {
    const status = statusByKind[exception.kind] ?? 422;
    const retryAfter = (exception as { retryAfterSeconds?: unknown }).retryAfterSeconds;
    return {
      status,
      code: exception.code,
      message: exception.message,
      details: exception.details.map((detail) => ({ ...detail })),
      retryAfterSeconds: typeof retryAfter === 'number' ? Math.ceil(retryAfter) : undefined,
      unexpected: false,
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const known = forStatus(status);
    if (status >= 500) return { status, ...known, details: [], unexpected: status === 500 };
    return {
      status,
      code: known.code,
      message: customMessage(exception) ?? known.message,
      details: [],
      unexpected: false,
    };
  }
  if (isConnectionFailure(exception))
    return {
      status: 503,
      code: 'PLATFORM.UNAVAILABLE',
      message: BRIEFLY_UNAVAILABLE_MESSAGE,
      details: [],
      retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
      unexpected: false,
      transient: true,
    };
  const clientStatus = httpErrorStatus(exception);
  if (clientStatus)
    return { status: clientStatus, ...forStatus(clientStatus), details: [], unexpected: false };
  return {
    status: 500,
    code: 'PLATFORM.INTERNAL_ERROR',
    message: INTERNAL_ERROR_MESSAGE,
    details: [],
    unexpected: true,
  };
}
