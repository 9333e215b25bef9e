import { applyDecorators, SetMetadata } from '@nestjs/common';
import { Throttle } from '@nestjs/throttler';
import { DomainError } from '../../domain/domain-error';
import { COUNTERS_RETRY_AFTER_SECONDS } from './throttle-storage';

export const FAIL_CLOSED = 'veri:throttle-fail-closed';

/**
 * A narrowed limit that protects against guessing or abuse (logins, registration, password resets,
 * verification): when the shared counters cannot be reached, the route refuses rather than run
 * uncounted (ADR 0011). Other narrowed routes run uncounted while the counters are away; the default
 * capacity limit is counted in each process and does not depend on them.
 */
export const FailClosedThrottle = (options: Parameters<typeof Throttle>[0]) =>
  applyDecorators(Throttle(options), SetMetadata(FAIL_CLOSED, true));

export class ThrottleCountersUnavailableError extends DomainError {
  readonly retryAfterSeconds = COUNTERS_RETRY_AFTER_SECONDS;

  constructor() {
    super(
      'PLATFORM.LIMITS_UNAVAILABLE',
      'This is unavailable for a moment while we cannot count attempts. Please try again in a minute.',
      'unavailable',
    );
  }
}
