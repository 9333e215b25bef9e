// Everything HTTP about the web + API process, in the order requests meet it. main.ts and the test
// app factory both call this, so tests exercise exactly what production runs.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import cookieParser from 'cookie-parser';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '../../config/app-config';
import type { HttpLogger } from 'pino-http';
import { HTTP_LOGGER, requestIdFor } from '../infrastructure/logging/logging.module';
import { HttpMetrics } from '../infrastructure/operations/http-metrics';
import { bodyParsers } from './body-parsers';
import { createCsrfProtection } from './csrf/csrf-protection';
import { HttpErrorFilter } from './errors/http-error.filter';
import { PathParameterPipe } from './input/path-parameter.pipe';
import { refuseNul } from './input/refuse-nul';
import { setupOpenApi } from './openapi';
import { answerLivenessFirst } from './liveness';
import { answerLandingFromMemory } from './pages/landing-from-memory';
import { LANDING_MODEL, LANDING_VIEW } from './pages/landing-page';
import { publicDir } from './project-paths';
import { securityHeaderLists, securityHeaders } from './security-headers';
import { resolveSessionSecret } from './session/session-secret';
import { usesSecureCookies, WebSessions } from './session/web-session';
import { createValidationPipe } from './validation/validation-pipe';
import { configureViews } from './views/configure-views';
import { pageLocals } from './views/page-locals';

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export function configureHttpApp(app: NestExpressApplication, config: AppConfig): void {
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  // No ETag computed over every answer: the personal ones are no-store (a browser never revalidates what it
  // may not keep) and hashing a 100 KB page cost each request; static files keep serve-static's own ETags, and
  // an answer that can be revalidated sets its own (the candidate's photo).
  app.set('etag', false);

  answerLivenessFirst(app.getHttpServer());

  // Static files first (no session, no log line), each folder of public/ under its own prefix (/css,
  // /js, /images), so that no other request touches the disk. A versioned URL (?v=) may be cached for a year.
  app.use('/css/brand.css', brandStylesheet(config));
  for (const folder of publicFolders()) {
    app.useStaticAssets(join(publicDir(), folder), {
      prefix: `/${folder}`,
      index: false,
      setHeaders: (res) => {
        const versioned = Boolean((res as Response).req?.query?.v);
        res.setHeader(
          'Cache-Control',
          versioned ? `public, max-age=${ONE_YEAR_SECONDS}, immutable` : 'public, max-age=86400',
        );
      },
    });
  }
  app.use(app.get(HTTP_LOGGER));
  app.use(app.get(HttpMetrics).middleware());
  app.use(securityHeaders(config));

  app.use(cookieParser());
  for (const parser of bodyParsers()) app.use(parser);
  app.use(refuseNul);

  const secret = resolveSessionSecret(config);
  app.use(app.get(WebSessions).middleware(secret));
  const csrf = createCsrfProtection({ secret, secureCookies: usesSecureCookies(config) });
  app.use(pageLocals(csrf.tokenFor));
  app.use(csrf.middleware);

  app.useGlobalPipes(new PathParameterPipe(), createValidationPipe());
  app.useGlobalFilters(new HttpErrorFilter());
  configureViews(app, config);
  if (config.apiDocs) setupOpenApi(app, config);
  landingFromMemory(app, config, csrf.newcomerToken);
}

/** A first visit to the landing page, answered before Express with what Express would answer (ADR 0021). */
function landingFromMemory(
  app: NestExpressApplication,
  config: AppConfig,
  newcomerToken: () => { token: string; setCookies: string[] },
): void {
  const express = app.getHttpAdapter().getInstance() as {
    render(view: string, locals: object, callback: (error: Error | null, html?: string) => void): void;
  };
  const httpLogger = app.get<HttpLogger>(HTTP_LOGGER);
  const metrics = app.get(HttpMetrics);
  answerLandingFromMemory(app.getHttpServer(), {
    // The locals pageLocals gives an anonymous visitor (no principal, no basket) and the page's model.
    render: (csrfToken, year) =>
      new Promise((resolve, reject) =>
        express.render(
          LANDING_VIEW,
          { ...LANDING_MODEL, currentPath: '/', currentYear: year, csrfToken },
          (error, html) => (error || html === undefined ? reject(error) : resolve(html)),
        ),
      ),
    newcomerToken,
    headers: securityHeaderLists(config).pageHeaders,
    // The access log line (and request id) as for every request; at a level without it, the request id only.
    onRequest: (req, res) =>
      httpLogger.logger.isLevelEnabled('info') ? httpLogger(req, res) : requestIdFor(req, res),
    onAnswered: (req, status, started) => metrics.observe(req.method ?? 'GET', '/', status, started),
    onRenderError: (error) =>
      httpLogger.logger.error({ err: error }, 'The landing page could not be rendered'),
  });
}

/** The brand colours as CSS custom properties: configuration, yet no inline style (the CSP allows none). */
function brandStylesheet(config: AppConfig) {
  // Colours are validated as #rrggbb by loadConfig, so they are safe to write into CSS.
  const css = `:root {\n  --brand-header: ${config.brand.headerColour};\n  --brand-accent: ${config.brand.accentColour};\n}\n`;
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    res.type('text/css').setHeader('Cache-Control', 'public, max-age=3600');
    res.send(css);
  };
}

/** The folders of public/ (css, js, images): each is served under its own URL prefix. */
function publicFolders(): string[] {
  return readdirSync(publicDir(), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}
