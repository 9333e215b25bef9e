import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { CsrfTokenController } from './csrf/csrf-token.controller';
import { LandingPageController } from './pages/landing-page.controller';
import { WebSessions } from './session/web-session';

/**
 * The web shell: sessions, throttling and the landing page. configureHttpApp wires the rest
 * (headers, CSRF, views, errors) around the application.
 *
 * Throttling is generous by default, per client address; a route that needs more care narrows it:
 * `@Throttle({ default: { limit: 5, ttl: 60_000 } })` on login, registration, password reset,
 * verification. The counters are per process (in memory).
 */
@Module({
  imports: [ThrottlerModule.forRoot({ throttlers: [{ name: 'default', ttl: 60_000, limit: 1000 }] })],
  controllers: [LandingPageController, CsrfTokenController],
  providers: [WebSessions, { provide: APP_GUARD, useClass: ThrottlerGuard }],
  exports: [WebSessions],
})
export class WebModule {}
