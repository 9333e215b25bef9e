import { ValidationPipe } from '@nestjs/common';
import { InvalidInputError } from '../../domain/domain-error';
import { describeValidationErrors } from './validation-messages';
import { rememberValidationRules } from './remembered-validation-rules';

export const VALIDATION_FAILED = 'PLATFORM.VALIDATION_FAILED';
export const VALIDATION_FAILED_MESSAGE = 'Some of the information sent is not valid: see details.';
/** A person fixes a form a few fields at a time; a body with thousands of faults gets no bigger answer. */
export const MAX_VALIDATION_DETAILS = 20;

/**
 * The global pipe: DTOs are checked with class-validator, unknown fields are refused (api.md), and the
 * findings become a 400 `PLATFORM.VALIDATION_FAILED` whose details name each field in plain words.
 */
export function createValidationPipe(): ValidationPipe {
  // The web process's forms (validateForm) share class-validator's storage, so they gain as well.
  rememberValidationRules();
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new InvalidInputError(
        VALIDATION_FAILED,
        VALIDATION_FAILED_MESSAGE,
        describeValidationErrors(errors).slice(0, MAX_VALIDATION_DETAILS),
      ),
  });
}
