import {
  ConflictError,
  DomainError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
} from '../../shared/domain';

// Every refusal Identity can give, with its stable code. Messages speak to the person, never leak secrets.

export class EmailTakenError extends ConflictError {
  constructor() {
    super(
      'IDENTITY.EMAIL_TAKEN',
      'An account with this email address already exists. Log in, or reset your password.',
    );
  }
}

export class InvalidCredentialsError extends DomainError {
  constructor() {
    // The same answer whether the email is unknown or the password wrong (no account enumeration).
    super('IDENTITY.INVALID_CREDENTIALS', 'The email address or password is not correct.', 'unauthenticated');
  }
}

export class SecondFactorRequiredError extends DomainError {
  constructor() {
    super(
      'IDENTITY.SECOND_FACTOR_REQUIRED',
      'Enter the 6-digit code from your authenticator app.',
      'unauthenticated',
    );
  }
}

export class InvalidSecondFactorError extends DomainError {
  constructor() {
    super(
      'IDENTITY.INVALID_SECOND_FACTOR',
      'The code from your authenticator app is not correct.',
      'unauthenticated',
    );
  }
}

export class TooManyAttemptsError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      'IDENTITY.TOO_MANY_ATTEMPTS',
      `Too many unsuccessful attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes, or reset your password.`,
      'throttled',
    );
  }
}

export class AccountPendingError extends ForbiddenError {
  constructor() {
    super(
      'IDENTITY.ACCOUNT_PENDING',
      'Your registration is waiting for authorisation by our staff. We will email you when it is decided.',
    );
  }
}

export class EmailNotVerifiedError extends ForbiddenError {
  constructor() {
    super(
      'IDENTITY.EMAIL_NOT_VERIFIED',
      'Please confirm your email address first: we have emailed you a link.',
    );
  }
}

export class AccountSuspendedError extends ForbiddenError {
  constructor() {
    super('IDENTITY.ACCOUNT_SUSPENDED', 'This account is suspended. Please contact support.');
  }
}

export class AccountRejectedError extends ForbiddenError {
  constructor() {
    super('IDENTITY.ACCOUNT_REJECTED', 'This registration was not approved. Please contact support.');
  }
}

export class InvalidTokenError extends InvalidInputError {
  constructor() {
    super(
      'IDENTITY.INVALID_TOKEN',
      'This link is not valid: it may have been used already or have expired. Please ask for a new one.',
      [{ field: 'token', message: 'Unknown, used or expired link' }],
    );
  }
}

export class PasswordRejectedError extends InvalidInputError {
  constructor(message: string, field = 'password') {
    super('IDENTITY.PASSWORD_REJECTED', message, [{ field, message }]);
  }
}

export class CurrentPasswordIncorrectError extends InvalidInputError {
  constructor() {
    super('IDENTITY.CURRENT_PASSWORD_INCORRECT', 'Your current password is not correct.', [
      { field: 'currentPassword', message: 'Your current password is not correct' },
    ]);
  }
}

export class InvalidDetailsError extends InvalidInputError {
  constructor(details: ReadonlyArray<{ field: string; message: string }>) {
    super('IDENTITY.INVALID_DETAILS', 'Some details are not valid.', details);
  }
}

export class AccountNotFoundError extends NotFoundError {
  constructor() {
    super('IDENTITY.ACCOUNT_NOT_FOUND', 'We could not find that account.');
  }
}

export class CandidateRecordNotFoundError extends NotFoundError {
  constructor() {
    super('IDENTITY.CANDIDATE_RECORD_NOT_FOUND', 'There is no candidate record with that candidate number.');
  }
}

export class CandidateRecordAlreadyLinkedError extends ConflictError {
  constructor() {
    super(
      'IDENTITY.CANDIDATE_RECORD_ALREADY_LINKED',
      'That candidate record is already linked to another account.',
    );
  }
}

export class RegistrationNotPendingError extends ConflictError {
  constructor() {
    super('IDENTITY.REGISTRATION_NOT_PENDING', 'This registration is not waiting for authorisation.');
  }
}

export class NothingToChangeError extends InvalidInputError {
  constructor() {
    super('IDENTITY.NOTHING_TO_CHANGE', 'Give a new email address, a new password, or both.');
  }
}

export class AccountNotActiveError extends ConflictError {
  constructor() {
    super('IDENTITY.ACCOUNT_NOT_ACTIVE', 'Only an active account can be suspended.');
  }
}

export class AccountNotSuspendedError extends ConflictError {
  constructor() {
    super('IDENTITY.ACCOUNT_NOT_SUSPENDED', 'This account is not suspended.');
  }
}

export class StaffNotSuspendableError extends ConflictError {
  constructor() {
    super('IDENTITY.STAFF_NOT_SUSPENDABLE', 'Staff accounts are removed, not suspended.');
  }
}

export class CannotRemoveSelfError extends ConflictError {
  constructor() {
    super('IDENTITY.CANNOT_REMOVE_SELF', 'You cannot remove your own staff account: ask a colleague.');
  }
}

export class LastStaffMemberError extends ConflictError {
  constructor() {
    super('IDENTITY.LAST_STAFF_MEMBER', 'The last staff account cannot be removed.');
  }
}
