import { Injectable, Logger } from '@nestjs/common';
import { ThrottlerException, ThrottlerGuard, ThrottlerRequest } from '@nestjs/throttler';
import { FAIL_CLOSED, ThrottleCountersUnavailableError } from './fail-closed-throttle';

const LOG_EVERY_MS = 30_000;

/**
 * Nest's guard, with an answer for when the counters' store (Redis) cannot be reached: a route marked
 * fail-closed answers 503 with Retry-After, any other runs uncounted (ADR 0011).
 */
@Injectable()
export class CountingThrottlerGuard extends ThrottlerGuard {
  private readonly log = new Logger('Throttling');
  private lastLogged = 0;
  private uncounted = { allowed: 0, refused: 0 };

  protected override async handleRequest(request: ThrottlerRequest): Promise<boolean> {
    try {
      return await super.handleRequest(request);
    } catch (error) {
      if (error instanceof ThrottlerException) throw error;
      const failClosed = this.reflector.getAllAndOverride<boolean>(FAIL_CLOSED, [
        request.context.getHandler(),
        request.context.getClass(),
      ]);
      this.report(failClosed ? 'refused' : 'allowed', error);
      if (failClosed) throw new ThrottleCountersUnavailableError();
      return true;
    }
  }

  /** One warning per interval, with the counts since the last one: an outage must not flood the log. */
  private report(outcome: 'allowed' | 'refused', error: unknown): void {
    this.uncounted[outcome]++;
    const now = Date.now();
    if (now - this.lastLogged < LOG_EVERY_MS) return;
    this.lastLogged = now;
    this.log.warn(
      `Throttle counters unavailable (${error instanceof Error ? error.message : String(error)}): ` +
        `${this.uncounted.allowed} requests run uncounted, ${this.uncounted.refused} refused with 503`,
    );
    this.uncounted = { allowed: 0, refused: 0 };
  }
}
