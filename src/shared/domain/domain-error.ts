/**
 * What kind of refusal an error is. The HTTP layer maps kinds to statuses (api.md "Errors"):
 * invalid 400, unauthenticated 401, forbidden 403, not_found 404, conflict 409, too_large 413,
 * unsupported_media 415, rule 422, throttled 429 and unavailable 503 (with Retry-After from
 * `retryAfterSeconds` when the error has one).
 */
export type DomainErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'unsupported_media'
  | 'rule'
  | 'throttled'
  | 'unavailable';

/**
 * A refusal with a stable code (CONTEXT.REASON) and a message a person understands. Thrown by
 * aggregates and handlers; never carries secrets.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly kind: DomainErrorKind = 'rule',
    readonly details: ReadonlyArray<{ field?: string; message: string }> = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(code: string, message = 'We could not find what you asked for.') {
    super(code, message, 'not_found');
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, message: string) {
    super(code, message, 'conflict');
  }
}

export class ForbiddenError extends DomainError {
  constructor(code: string, message = 'You are not allowed to do that.') {
    super(code, message, 'forbidden');
  }
}

export class InvalidInputError extends DomainError {
  constructor(
    code: string,
    message: string,
    details: ReadonlyArray<{ field?: string; message: string }> = [],
  ) {
    super(code, message, 'invalid', details);
  }
}
