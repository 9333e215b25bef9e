import { OptionalPageRequest } from '../../../shared/web/validation/page.request';
import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { InvalidInputError } from '../../../shared/domain';
import { CurrentPrincipal, Roles } from '../../../shared/web/authentication/auth.decorators';
import { AuthenticatedPrincipal } from '../../../shared/web/authentication/principal';
import { CheckedOut, Checkout } from '../../application/commands/checkout/checkout.command';
import { StartPayment } from '../../application/commands/start-payment/start-payment.command';
import { GetMyOrder } from '../../application/queries/get-my-order/get-my-order.query';
import { ListMyOrders } from '../../application/queries/list-my-orders/list-my-orders.query';
import { OrderView, Paged } from '../../application/views/ordering-views';
import { gbp, Money } from '../../domain/money';
import { PlaceOrderRequest } from '../dto/ordering.requests';

@ApiTags('Ordering')
@Roles('candidate')
@Controller('api/v1/me/orders')
export class MyOrdersController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  @Post()
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'A retry with the same key returns the same order and the same payment page',
  })
  @ApiOperation({
    summary: 'Check out: place the order from the basket (prices frozen) and start its payment',
  })
  async place(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Body() body: PlaceOrderRequest,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ orderId: string; number: number; status: string; total: Money; paymentUrl: string | null }> {
    if (idempotencyKey !== undefined && !/^[\w.:-]{1,100}$/.test(idempotencyKey)) {
      throw new InvalidInputError(
        'ORDERING.BAD_IDEMPOTENCY_KEY',
        'Idempotency-Key must be 1 to 100 letters, digits, ".", ":", "_" or "-".',
      );
    }
    const placed: CheckedOut = await this.commands.execute(
      new Checkout(principal.accountId, body, idempotencyKey ?? null),
    );
    if (placed.replayed) res.setHeader('Idempotent-Replayed', 'true');
    return {
      orderId: placed.orderId,
      number: placed.number,
      status: placed.status,
      total: gbp(placed.totalPence),
      paymentUrl: placed.paymentUrl,
    };
  }

  @Get()
  @ApiOperation({ summary: 'Your orders, newest first' })
  list(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Query() query: OptionalPageRequest,
  ): Promise<Paged<OrderView>> {
    return this.queries.execute(new ListMyOrders(principal.accountId, query.page ?? 1, query.pageSize ?? 10));
  }

  @Get(':id')
  order(@CurrentPrincipal() principal: AuthenticatedPrincipal, @Param('id') id: string): Promise<OrderView> {
    return this.queries.execute(new GetMyOrder(principal.accountId, id));
  }

  @Post(':id/payment')
  @HttpCode(200)
  @ApiOperation({ summary: 'A new payment attempt for an order waiting for payment' })
  pay(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
  ): Promise<{ paymentUrl: string }> {
    return this.commands.execute(new StartPayment(principal.accountId, id));
  }
}
