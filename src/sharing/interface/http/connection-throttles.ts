import { Throttle } from '@nestjs/throttler';
import type { Request } from 'express';

/**
 * Connection requests are counted per signed-in third party (not per address), so one account cannot
 * flood candidates with requests from many addresses, nor an office's shared address starve others.
 */
export const ConnectionRequestThrottle = () =>
  Throttle({
    default: {
      limit: 20,
      ttl: 60_000,
      getTracker: (req: Record<string, unknown>) => {
        const request = req as unknown as Request;
        return request.principal ? `account:${request.principal.accountId}` : `ip:${request.ip ?? ''}`;
      },
    },
  });
