import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { DomainError, NotFoundError } from '../../domain/domain-error';
import { HttpMetrics } from './http-metrics';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** Compares digests, so neither the token's content nor its length leaks through timing. */
function sameToken(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Prometheus text format, for the monitoring network (see docs/operations.md). With METRICS_TOKEN set
 * the scraper must send it as a bearer token; production without a token does not serve metrics.
 */
@ApiExcludeController()
@SkipThrottle()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: HttpMetrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async scrape(@Req() req: Request, @Res() res: Response): Promise<void> {
    this.authorise(req);
    res.setHeader('Content-Type', this.metrics.registry.contentType);
    res.setHeader('Cache-Control', 'no-store');
    res.send(await this.metrics.registry.metrics());
  }

  private authorise(req: Request): void {
    const expected = this.config.metricsToken;
    if (!expected) {
      if (this.config.env === 'production') throw new NotFoundError('PLATFORM.NOT_FOUND');
      return;
    }
    const given = BEARER.exec(req.headers.authorization ?? '')?.[1];
    if (!given || !sameToken(given, expected))
      throw new DomainError(
        'PLATFORM.METRICS_TOKEN_REQUIRED',
        'Metrics need the bearer token configured as METRICS_TOKEN.',
        'unauthenticated',
      );
  }
}
