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
  return (req: Request, res: Response, next: NextFunction) =>
    req.path.startsWith('/api/docs') || req.path.startsWith('/dev/mail')
      ? relaxedStyles(req, res, next)
      : pages(req, res, next);
}
