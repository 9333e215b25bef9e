import { ConflictError, DomainError, InvalidInputError, NotFoundError } from '../../shared/domain';
import { FieldProblem } from './achievement-details';

// Every refusal Achievements can give, with its stable code.

export class AchievementNotFoundError extends NotFoundError {
  constructor() {
    // The same answer for an unknown certificate number and someone else's: never reveal either.
    super('ACHIEVEMENTS.NOT_FOUND', 'We could not find that achievement.');
  }
}

export class DocumentNotAvailableError extends DomainError {
  constructor(reason: string) {
    super('ACHIEVEMENTS.DOCUMENT_NOT_AVAILABLE', reason, 'rule');
  }
}

export class InvalidAchievementError extends InvalidInputError {
  constructor(problems: FieldProblem[]) {
    super('ACHIEVEMENTS.INVALID_DETAILS', 'Some achievement details are not valid.', problems);
  }
}

export class UnknownCandidateNumberError extends DomainError {
  constructor(candidateNumber: string) {
    super(
      'ACHIEVEMENTS.UNKNOWN_CANDIDATE',
      `There is no candidate record with the number ${candidateNumber}.`,
      'rule',
      [{ field: 'candidateNumber', message: `No candidate record has the number ${candidateNumber}` }],
    );
  }
}

export class AlreadyRevokedError extends ConflictError {
  constructor() {
    super('ACHIEVEMENTS.ALREADY_REVOKED', 'This achievement has already been revoked.');
  }
}

export class VerificationNotFoundError extends NotFoundError {
  constructor() {
    super('ACHIEVEMENTS.VERIFICATION_NOT_FOUND', 'No document has this verification code.');
  }
}

export class EnquiryNotFoundError extends NotFoundError {
  constructor() {
    super('ACHIEVEMENTS.ENQUIRY_NOT_FOUND', 'We could not find that enquiry.');
  }
}

export class EnquiryResolvedError extends ConflictError {
  constructor() {
    super(
      'ACHIEVEMENTS.ENQUIRY_RESOLVED',
      'This enquiry has been resolved. Please raise a new enquiry if something is still wrong.',
    );
  }
}

export class InvalidEnquiryMessageError extends InvalidInputError {
  constructor(message: string) {
    super('ACHIEVEMENTS.INVALID_ENQUIRY', message, [{ field: 'message', message }]);
  }
}

export class StatusListNotFoundError extends NotFoundError {
  constructor() {
    super('ACHIEVEMENTS.STATUS_LIST_NOT_FOUND', 'There is no credential status list with that number.');
  }
}
