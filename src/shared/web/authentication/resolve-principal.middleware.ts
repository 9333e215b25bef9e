import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import onHeaders from 'on-headers';
import { existingSession } from '../session/web-session';
import { PrincipalResolver } from './principal-resolver';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Sets `req.principal` and `res.locals.principal` (the header menu) for every request: from an
 * `Authorization: Bearer` header when there is one (never from a cookie), else from the session. A
 * session whose login is no longer valid forgets the login. Answers to authenticated requests carry
 * `Cache-Control: no-store`.
 */
@Injectable()
export class ResolvePrincipalMiddleware implements NestMiddleware {
  constructor(private readonly resolver: PrincipalResolver) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    try {
      const authorization = req.headers.authorization;
      if (authorization) {
        const token = BEARER.exec(authorization)?.[1];
        const principal = token ? await this.resolver.fromBearerToken(token) : null;
        if (principal) this.set(req, res, principal);
      } else {
        const session = existingSession(req);
        if (session?.login) {
          const principal = await this.resolver.fromSession(session.login);
          if (principal) this.set(req, res, principal);
          else delete session.login;
        }
      }
      next();
    } catch (error) {
      next(error);
    }
  }

  private set(req: Request, res: Response, principal: NonNullable<Request['principal']>): void {
    req.principal = principal;
    // Personal data must never sit in a browser's or proxy's cache: whatever a handler chose, an
    // answer to an authenticated request is not stored (a file download included).
    onHeaders(res, () => {
      if (!/\bno-store\b/.test(String(res.getHeader('Cache-Control') ?? '')))
        res.setHeader('Cache-Control', 'no-store');
    });
    res.locals.principal = {
      accountId: principal.accountId,
      role: principal.role,
      displayName: principal.displayName,
    };
  }
}
