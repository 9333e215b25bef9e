import { Injectable, NestMiddleware } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { NextFunction, Request, Response } from 'express';
import { GetBasketSummary } from '../../application/queries/get-basket-summary/get-basket-summary.query';

/**
 * Gives every candidate page the header's basket summary ("n items | £x"); API requests are left alone.
 * A middleware, not a global interceptor: an interceptor makes Nest wrap every handler, the API's too,
 * in an RxJS pipeline with two async resources, a few per cent of a small request's CPU. It runs after
 * Identity's ResolvePrincipalMiddleware (Identity's module is imported first), which sets `req.principal`.
 * The path is read from `originalUrl`: Nest mounts a `forRoutes('*')` middleware on a wildcard, so
 * `req.path` is always "/" here, and every candidate API request used to read the basket too.
 */
@Injectable()
export class BasketSummaryMiddleware implements NestMiddleware {
  constructor(private readonly queries: QueryBus) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const principal = req.principal;
    if (principal?.role !== 'candidate' || req.originalUrl.startsWith('/api/')) return next();
    this.queries.execute(new GetBasketSummary(principal.accountId)).then((basket) => {
      res.locals.basket = basket;
      next();
    }, next);
  }
}
