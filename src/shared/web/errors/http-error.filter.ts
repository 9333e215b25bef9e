import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { describeHttpError, HttpErrorDescription } from './http-error-mapping';
import { CSRF_INVALID } from '../csrf/csrf-protection';
import { PDF_UNAVAILABLE } from '../../application/pdf-renderer';

/** Paths answered in JSON (api.md error shape); everything else is a page for people. */
export function wantsJson(req: Request): boolean {
  return /^\/(api|health|metrics)(\/|$)/.test(req.path);
}

/** Where people are sent when a page needs a login; the login page sends them back afterwards. */
export const LOGIN_PATH = '/login';

const pageByStatus: Record<number, { view: string; title: string }> = {
  403: { view: 'errors/forbidden', title: 'You cannot see this page' },
  404: { view: 'errors/not-found', title: 'Page not found' },
  500: { view: 'errors/server-error', title: 'Sorry, there is a problem with the service' },
  503: { view: 'errors/unavailable', title: 'Sorry, the service is unavailable' },
};

/** A PDF asked for where Chromium is missing: the page also tells the operator how to install it. */
const PDF_UNAVAILABLE_PAGE = { view: 'errors/pdf-unavailable', title: 'PDFs cannot be made at the moment' };

/**
 * The one place errors become answers. /api (and the operations endpoints) get
 * `{"error": {"code", "message", "details"}}`; pages get an HTML page in the site layout. A 500
 * is logged with its cause and the request id, and shows neither.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const error = describeHttpError(exception);

    if (error.unexpected) this.logUnexpected(exception, req);
    else if (error.transient) this.logTransient(exception, req);
    if (res.headersSent) {
      res.end();
      return;
    }
    if (error.status === 429 || error.retryAfterSeconds !== undefined) this.setRetryAfter(res, error);
    if (wantsJson(req)) {
      // Terminus' readiness report is the useful answer for operators; keep it as it is.
      if (
        req.path.startsWith('/health') &&
        exception instanceof HttpException &&
        isHealthReport(exception.getResponse())
      ) {
        res.status(error.status).json(exception.getResponse());
        return;
      }
      res
        .status(error.status)
        .json({ error: { code: error.code, message: error.message, details: error.details } });
      return;
    }
    if (error.status === 401 && (req.method === 'GET' || req.method === 'HEAD')) {
      res.redirect(303, `${LOGIN_PATH}?returnTo=${encodeURIComponent(req.originalUrl)}`);
      return;
    }
    this.renderPage(req, res, error);
  }

  private renderPage(req: Request, res: Response, error: HttpErrorDescription): void {
    const page =
      (error.code === PDF_UNAVAILABLE ? PDF_UNAVAILABLE_PAGE : pageByStatus[error.status]) ??
      (error.status >= 500 ? pageByStatus[500] : { view: 'errors/problem', title: 'There is a problem' });
    const model = {
      title: error.code === CSRF_INVALID ? 'This form has expired' : page.title,
      // A 5xx says nothing of its cause, except a passing fault, whose message is the cue to retry.
      message: error.status < 500 || error.transient ? error.message : undefined,
      details: error.details,
      csrfExpired: error.code === CSRF_INVALID,
      reference: error.status >= 500 ? String(req.id ?? '') : undefined,
      breadcrumbs: [{ label: 'Error' }],
    };
    res.status(error.status);
    res.render(page.view, model, (renderError: Error | null, html?: string) => {
      if (renderError) {
        this.logger.error(`Could not render the error page ${page.view}: ${renderError.message}`);
        res.type('text/plain').send(`${page.title}\n`);
        return;
      }
      res.type('text/html').send(html);
    });
  }

  private setRetryAfter(res: Response, error: HttpErrorDescription): void {
    if (error.retryAfterSeconds !== undefined) {
      res.setHeader('Retry-After', String(error.retryAfterSeconds));
      return;
    }
    if (res.getHeader('Retry-After') !== undefined) return;
    // Named throttlers set Retry-After-<name>; clients only know the standard header.
    const named = res.getHeaderNames().find((name) => name.startsWith('retry-after-'));
    res.setHeader('Retry-After', named ? String(res.getHeader(named)) : '60');
  }

  private logTransient(exception: unknown, req: Request): void {
    // MikroORM puts the SQL (and so its values) before " - "; the driver's own words come last.
    const { code, message } = (exception ?? {}) as { code?: unknown; message?: unknown };
    const cause = String(message ?? exception)
      .split(' - ')
      .pop();
    const message503 = `Answered 503: a connection failed (${[code, cause].filter(Boolean).join(': ')})`;
    const log = (req as Request & { log?: { warn: (msg: string) => void } }).log;
    if (log) log.warn(message503);
    else this.logger.warn(message503);
  }

  private logUnexpected(exception: unknown, req: Request): void {
    const log = (req as Request & { log?: { error: (obj: object, msg: string) => void } }).log;
    if (log) log.error({ err: exception }, 'Unhandled error while answering a request');
    else
      this.logger.error(
        exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
      );
  }
}

function isHealthReport(body: unknown): boolean {
  return typeof body === 'object' && body !== null && 'status' in body && 'details' in body;
}
