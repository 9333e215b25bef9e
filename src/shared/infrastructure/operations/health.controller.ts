import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
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
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { READINESS_CHECKS, READINESS_TIMEOUT_MS, ReadinessCheck, ReadinessOutcome } from './readiness-checks';

/**
 * Liveness (`/health`: the process answers) and readiness (`/health/ready`: the dependencies of its role
 * answer, so the load balancer may send it traffic). Readiness answers 503 with the failing parts named;
 * parts its role can do without are reported in `details` but leave it ready.
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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  async ready(): Promise<HealthCheckResult> {
    const present = READINESS_CHECKS.flatMap((check) => {
      const port = this.portFor(check);
      return port === undefined ? [] : [{ check, run: () => this.run(check, port) }];
    });
    const deciding = present.filter(({ check }) => check.decides(this.config));
    const reported = present.filter(({ check }) => !check.decides(this.config));
    const [decision, report] = await Promise.all([
      this.health
        .check([
          () => this.database.pingCheck('database', { timeout: READINESS_TIMEOUT_MS }),
          ...deciding.map(({ run }) => run),
        ])
        .catch((error: unknown) => error),
      Promise.all(reported.map(({ run }) => run())),
    ]);
    const extra = Object.assign({}, ...report) as HealthIndicatorResult;
    if (decision instanceof ServiceUnavailableException) {
      const result = decision.getResponse() as HealthCheckResult;
      throw new ServiceUnavailableException({ ...result, details: { ...result.details, ...extra } });
    }
    if (decision instanceof Error) throw decision;
    const result = decision as HealthCheckResult;
    return { ...result, details: { ...result.details, ...extra } };
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
