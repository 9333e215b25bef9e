// Security headers (helmet). Pages may load only their own scripts, styles and images: nothing inline,
// nothing from elsewhere, except the brand logo's host and, for form posts, the payment provider.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { AppConfig } from '../../config/app-config';
import { usesSecureCookies } from './session/web-session';

function originOf(url: string | undefined): string[] {
  if (!url || !/^https?:\/\//.test(url)) return [];
  return [new URL(url).origin];
}

export function securityHeaders(config: AppConfig): RequestHandler {
  const { pageHeaders, relaxedHeaders } = securityHeaderLists(config);
  return (req: Request, res: Response, next: NextFunction) => {
    const headers =
      req.path.startsWith('/api/docs') || req.path.startsWith('/dev/mail') ? relaxedHeaders : pageHeaders;
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}

/** The headers of pages, and of the two places with inline styles (the OpenAPI explorer, the mail viewer). */
export function securityHeaderLists(config: AppConfig): {
  pageHeaders: [string, string][];
  relaxedHeaders: [string, string][];
} {
  const https = usesSecureCookies(config);
  const common = {
    strictTransportSecurity: https ? { maxAge: 31536000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' as const },
    frameguard: { action: 'deny' as const },
  };
  const baseDirectives = {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    fontSrc: ["'self'"],
    // Checkout posts to us and we redirect to the card payment page: Chrome applies form-action to that redirect.
    formAction: ["'self'", ...originOf(config.payment.opayoGatewayUrl)],
    upgradeInsecureRequests: https ? [] : null,
  };
  const pages = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        ...baseDirectives,
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', ...originOf(config.brand.logoUrl)],
      },
    },
  });
  // The OpenAPI explorer (swagger-ui) carries an inline stylesheet and data: images of its own, and
  // the development mail viewer shows emails, whose styles are inline by nature.
  const relaxedStyles = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { ...baseDirectives, styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'] },
    },
  });
  return { pageHeaders: headersOf(pages), relaxedHeaders: headersOf(relaxedStyles) };
}

/**
 * The headers a helmet configuration sets, computed once: none of them depends on the request, and
 * helmet's eleven middlewares per request cost more than the rest of a small API answer (the landing
 * benchmark's profile). helmet also removes X-Powered-By, which configureHttpApp disables at the source.
 */
function headersOf(middleware: RequestHandler): [string, string][] {
  const headers: [string, string][] = [];
  const recorder = {
    setHeader: (name: string, value: string | number | string[]) => headers.push([name, String(value)]),
    removeHeader: () => undefined,
  };
  let called = false;
  middleware({} as Request, recorder as unknown as Response, () => {
    called = true;
  });
  if (!called) throw new Error('helmet did not finish synchronously');
  return headers;
}
