import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { Request, Response } from 'express';
import { Observable } from 'rxjs';
import { GetBasketSummary } from '../../application/queries/get-basket-summary/get-basket-summary.query';

/** Gives every candidate page the header's basket summary ("n items | £x"). API requests are left alone. */
@Injectable()
export class BasketSummaryInterceptor implements NestInterceptor {
  constructor(private readonly queries: QueryBus) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() === 'http') {
      const req = context.switchToHttp().getRequest<Request>();
      const res = context.switchToHttp().getResponse<Response>();
      if (req.principal?.role === 'candidate' && !req.path.startsWith('/api/')) {
        res.locals.basket = await this.queries.execute(new GetBasketSummary(req.principal.accountId));
      }
    }
    return next.handle();
  }
}
