import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, Roles } from '../../../shared/web/authentication/auth.decorators';
import { AuthenticatedPrincipal } from '../../../shared/web/authentication/principal';
import { validateForm } from '../../../shared/web/forms/validate-form';
import { stepsFor } from '../../../shared/web/views/view-models';
import { RemoveFromBasket } from '../../application/commands/remove-from-basket/remove-from-basket.command';
import { GetBasket } from '../../application/queries/get-basket/get-basket.query';
import { BasketView } from '../../application/views/ordering-views';
import { CHECKOUT_STEPS } from './checkout-session';
import { BasketForm, quantityField } from './forms/basket.form';
import { FieldError } from './page-errors';

const HELP =
  'Your basket holds the documents you have chosen. Each document can be ordered once per achievement, so the quantity is always 1. Tick items and choose Remove selected to take them out; Checkout takes you through billing, delivery and payment.';

/** The basket page: step 1 of checkout. */
@ApiExcludeController()
@Roles('candidate')
@Controller('basket')
export class BasketPagesController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  @Get()
  async basket(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Query('added') added: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    await this.render(res, principal, { added: added === '1' }, []);
  }

  @Post()
  async change(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const basket: BasketView = await this.queries.execute(new GetBasket(principal.accountId));
    const form = await validateForm(BasketForm, BasketForm.input(body, basket.items));
    if (!form.ok) {
      // An item's quantity is reported on its own input, named after the item.
      const errors = form.errors.map(({ field, message }) => {
        const index = /^quantities\.(\d+)\./.exec(field)?.[1];
        return {
          field: index === undefined ? field : quantityField(basket.items[Number(index)].id),
          message,
        };
      });
      res.status(errors.some((e) => e.field.startsWith('quantity-')) ? 422 : 400);
      return this.render(res, principal, {}, errors);
    }
    if (form.value.action === 'remove') {
      if (form.value.selected.length === 0) {
        res.status(400);
        return this.render(res, principal, {}, [{ message: 'Tick the items you want to remove.' }]);
      }
      const own = form.value.selected.filter((id) => basket.items.some((i) => i.id === id));
      await this.commands.execute(new RemoveFromBasket(principal.accountId, own));
      return res.redirect(303, '/basket?updated=1');
    }
    // Update: a quantity of 0 removes the item (anything but 0 or 1 was refused by the form).
    const toRemove = form.value.toRemove();
    if (toRemove.length > 0) await this.commands.execute(new RemoveFromBasket(principal.accountId, toRemove));
    res.redirect(303, '/basket?updated=1');
  }

  private async render(
    res: Response,
    principal: AuthenticatedPrincipal,
    flags: { added?: boolean },
    errors: FieldError[],
  ): Promise<void> {
    const basket: BasketView = await this.queries.execute(new GetBasket(principal.accountId));
    res.locals.basket = { itemCount: basket.itemCount, totalPence: basket.total.amountPence };
    res.render('ordering/basket', {
      title: 'Basket',
      breadcrumbs: [{ label: 'Candidate Home', href: '/home' }, { label: 'Basket' }],
      help: [HELP],
      steps: stepsFor(CHECKOUT_STEPS, 0),
      cart: {
        ...basket,
        items: basket.items.map((i) => ({
          ...i,
          quantityError: errors.find((e) => e.field === quantityField(i.id))?.message,
        })),
      },
      added: flags.added,
      errors,
    });
  }
}
