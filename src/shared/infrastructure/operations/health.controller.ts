import { Controller, Get } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import {
  HealthCheck,
  HealthCheckResult,
  HealthCheckService,
  HealthIndicatorResult,
  HealthIndicatorService,
  MikroOrmHealthIndicator,
} from '@nestjs/terminus';
import { READINESS_CHECKS, READINESS_TIMEOUT_MS, ReadinessCheck, ReadinessOutcome } from './readiness-checks';

/**
 * Liveness (`/health`: the process answers) and readiness (`/health/ready`: its dependencies answer,
 * so the load balancer may send it traffic). Readiness answers 503 with the failing parts named.
 */
@ApiExcludeController()
@SkipThrottle()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: MikroOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly moduleRef: ModuleRef,
  ) {}

  @Get()
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    const checks = READINESS_CHECKS.flatMap((check) => {
      const port = this.portFor(check);
      return port === undefined ? [] : [() => this.run(check, port)];
    });
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: READINESS_TIMEOUT_MS }),
      ...checks,
    ]);
  }

  private portFor(check: ReadinessCheck): unknown {
    try {
      return this.moduleRef.get(check.port, { strict: false });
    } catch {
      return undefined;
    }
  }

  private async run(check: ReadinessCheck, port: unknown): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(check.key);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<ReadinessOutcome>((resolve) => {
      timer = setTimeout(
        () => resolve({ up: false, detail: `no answer within ${READINESS_TIMEOUT_MS} ms` }),
        READINESS_TIMEOUT_MS,
      );
    });
    try {
      const { up, ...data } = await Promise.race([check.check(port), timeout]);
      return up ? indicator.up(data) : indicator.down(data);
    } catch (error) {
      return indicator.down({ detail: error instanceof Error ? error.message : String(error) });
    } finally {
      clearTimeout(timer);
    }
  }
}
