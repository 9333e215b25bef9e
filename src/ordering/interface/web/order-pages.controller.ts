import { Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, Roles } from '../../../shared/web/authentication/auth.decorators';
import { AuthenticatedPrincipal } from '../../../shared/web/authentication/principal';
import { paginationView, pagingOf } from '../../../shared/web/views/view-models';
import { StartPayment } from '../../application/commands/start-payment/start-payment.command';
import { GetMyOrder } from '../../application/queries/get-my-order/get-my-order.query';
import { ListMyOrders } from '../../application/queries/list-my-orders/list-my-orders.query';
import { OrderView, Paged } from '../../application/views/ordering-views';
import { PaymentUnavailableError } from '../../domain/ordering.errors';

const HOME = { label: 'Candidate Home', href: '/home' };
const ORDERS = { label: 'Orders', href: '/orders' };

const OUTCOME_MESSAGES: Record<string, string> = {
  notauthed:
    'Your bank declined the payment, so nothing has been taken. Check the card details and try again, or use another card.',
  rejected:
    'The payment was stopped by our card security checks, so nothing has been taken. Try again, or use another card.',
  error: 'Something went wrong while taking the payment, so nothing has been taken. Please try again.',
  abort:
    'You cancelled the payment, so nothing has been taken. You can pay now, or later from your Orders page.',
  unavailable:
    'The card payment service is not answering at the moment. Your order is saved: please try again in a few minutes.',
};

/** The candidate's orders, each order's details, and the payment step (also used to try again). */
@ApiExcludeController()
@Roles('candidate')
@Controller('orders')
export class OrderPagesController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  @Get()
  async list(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const { page, pageSize } = pagingOf(query);
    const orders: Paged<OrderView> = await this.queries.execute(
      new ListMyOrders(principal.accountId, page, pageSize),
    );
    let confirmed: OrderView | null = null;
    if (typeof query.confirmed === 'string')
      confirmed = await this.queries
        .execute(new GetMyOrder(principal.accountId, query.confirmed))
        .catch(() => null);
    res.render('ordering/orders', {
      title: 'Orders',
      breadcrumbs: [HOME, { label: 'Orders' }],
      help: [
        'Your orders of printed documents, newest first. Paid orders are printed in batches; we email you when yours is posted. View shows an order in full.',
      ],
      orders: orders.items,
      pagination: paginationView(orders, '/orders', query),
      confirmed: confirmed && confirmed.status !== 'pending_payment' ? confirmed : null,
      stillPending: confirmed && confirmed.status === 'pending_payment' ? confirmed : null,
    });
  }

  @Get(':id')
  async order(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
    @Res() res: Response,
  ): Promise<void> {
    const order: OrderView = await this.queries.execute(new GetMyOrder(principal.accountId, id));
    res.render('ordering/order', {
      title: `Order ${order.number}`,
      breadcrumbs: [HOME, ORDERS, { label: `Order ${order.number}` }],
      help: ['Everything about this order: the documents, prices with VAT, delivery and payment.'],
      order,
    });
  }

  @Get(':id/payment')
  async payment(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
    @Query('outcome') outcome: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const order: OrderView = await this.queries.execute(new GetMyOrder(principal.accountId, id));
    if (!order.payable) return res.redirect(303, `/orders/${order.id}`);
    res.render('ordering/payment', {
      title: `Pay for order ${order.number}`,
      breadcrumbs: [HOME, ORDERS, { label: 'Payment' }],
      help: [
        "Pay by debit or credit card on our payment provider's secure page. If a payment fails, nothing is taken and you can try again here.",
      ],
      order,
      problem: outcome ? (OUTCOME_MESSAGES[outcome] ?? null) : null,
    });
  }

  @Post(':id/payment')
  async pay(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
    @Res() res: Response,
  ): Promise<void> {
    try {
      const { paymentUrl } = await this.commands.execute(new StartPayment(principal.accountId, id));
      res.redirect(303, paymentUrl);
    } catch (error) {
      if (!(error instanceof PaymentUnavailableError)) throw error;
      res.redirect(303, `/orders/${encodeURIComponent(id)}/payment?outcome=unavailable`);
    }
  }
}
