import { FailClosedThrottle } from '../../../shared/web/throttling/fail-closed-throttle';

// Per client address (the global ThrottlerGuard of the web shell), on top of the per-account lockout.
// Answers 429 with Retry-After. Fail closed: while the shared counters (Redis) are away, these routes
// answer 503 with Retry-After rather than let guessing run unlimited (ADR 0011).
const MINUTE = 60_000;

/** Password guessing: a person mistypes a few times, a script tries thousands. */
export const LoginThrottle = () => FailClosedThrottle({ default: { limit: 10, ttl: MINUTE } });
/** Emails go out: keep a script from making us send mail to strangers. */
export const MailingThrottle = () => FailClosedThrottle({ default: { limit: 5, ttl: 15 * MINUTE } });
export const RegistrationThrottle = () => FailClosedThrottle({ default: { limit: 20, ttl: 60 * MINUTE } });
/** Guessing a 256-bit token is hopeless, but there is no reason to allow many tries. */
export const TokenThrottle = () => FailClosedThrottle({ default: { limit: 20, ttl: MINUTE } });
