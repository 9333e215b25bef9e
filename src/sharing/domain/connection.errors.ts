import { DomainError, InvalidInputError, NotFoundError } from '../../shared/domain';

export class ConnectionNotFoundError extends NotFoundError {
  constructor() {
    super('SHARING.CONNECTION_NOT_FOUND', 'We could not find that connection.');
  }
}

export class DocumentNotSharedError extends NotFoundError {
  constructor() {
    super('SHARING.DOCUMENT_NOT_FOUND', 'We could not find that document.');
  }
}

export class ExpiryNotInFutureError extends DomainError {
  constructor() {
    super('SHARING.EXPIRY_NOT_IN_FUTURE', 'The expiry date must be in the future.', 'rule', [
      { field: 'expiresAt', message: 'Enter an expiry date in the future' },
    ]);
  }
}

export class InvalidExpiryError extends InvalidInputError {
  constructor() {
    super('SHARING.INVALID_EXPIRY', 'The expiry date is not a real date.', [
      { field: 'expiresAt', message: 'Enter a real date, like 2027-01-31' },
    ]);
  }
}

export class DocumentNotShareableError extends DomainError {
  constructor(certificateNumber: string, reason: string) {
    super(
      'SHARING.DOCUMENT_NOT_SHAREABLE',
      `The documents of ${certificateNumber} cannot be shared: ${reason}`,
      'rule',
      [{ field: 'permissions', message: `${certificateNumber}: ${reason}` }],
    );
  }
}

export class ConnectionNotChangeableError extends DomainError {
  constructor(status: string) {
    super(
      'SHARING.CONNECTION_NOT_CHANGEABLE',
      `A connection that is ${status} cannot be changed.`,
      'conflict',
    );
  }
}

export class ConnectionNotAwaitingApprovalError extends DomainError {
  constructor() {
    super('SHARING.NOT_AWAITING_APPROVAL', 'This connection is not waiting for your approval.', 'conflict');
  }
}

/** A connection that shares nothing is no connection: ending the sharing is what Delete is for. */
export class NoDocumentChosenError extends InvalidInputError {
  constructor(changing: boolean) {
    super(
      'SHARING.NO_DOCUMENT_CHOSEN',
      changing
        ? 'A connection must share at least one document. To stop sharing altogether, delete the connection.'
        : 'Choose at least one document to share.',
      [
        {
          field: 'permissions',
          message: changing
            ? 'Tick at least one document, or delete the connection to stop sharing'
            : 'Choose at least one document to share',
        },
      ],
    );
  }
}

/** Invitations one candidate may send in 24 hours: each is an email to an address of their choosing. */
export const INVITATIONS_PER_DAY = 20;

export class TooManyInvitationsError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      'SHARING.TOO_MANY_INVITATIONS',
      `You can invite up to ${INVITATIONS_PER_DAY} people a day. Try again in ${Math.ceil(retryAfterSeconds / 3600)} hours.`,
      'throttled',
    );
  }
}
