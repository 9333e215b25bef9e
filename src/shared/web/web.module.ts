import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { CsrfTokenController } from './csrf/csrf-token.controller';
import { LandingPageController } from './pages/landing-page.controller';
import { WebSessions } from './session/web-session';
import { CountingThrottlerGuard } from './throttling/counting-throttler.guard';
import { CAPACITY_LIMIT, createThrottleStorage } from './throttling/throttle-storage';

/**
 * The web shell: sessions, throttling and the landing page. configureHttpApp wires the rest
 * (headers, CSRF, views, errors) around the application.
 *
 * Throttling is generous by default, per client address; a route that needs more care narrows it:
 * `FailClosedThrottle({ default: { limit: 10, ttl: 60_000 } })` on login, registration, password reset,
 * verification. Narrowed limits are counted in Redis when REDIS_URL is set, shared by all web processes;
 * the generous default only protects a process's capacity and is counted in its own memory (ADR 0011).
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        throttlers: [CAPACITY_LIMIT],
        storage: createThrottleStorage(config),
      }),
    }),
  ],
  controllers: [LandingPageController, CsrfTokenController],
  providers: [WebSessions, { provide: APP_GUARD, useClass: CountingThrottlerGuard }],
  exports: [WebSessions],
})
export class WebModule {}
