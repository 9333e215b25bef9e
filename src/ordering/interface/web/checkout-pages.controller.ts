import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { CurrentPrincipal, Roles } from '../../../shared/web/authentication/auth.decorators';
import { AuthenticatedPrincipal } from '../../../shared/web/authentication/principal';
import { validateForm } from '../../../shared/web/forms/validate-form';
import { stepsFor } from '../../../shared/web/views/view-models';
import { CheckedOut, Checkout } from '../../application/commands/checkout/checkout.command';
import { SavedAddress } from '../../application/ports/candidate-directory';
import { ChooseCheckoutAddress } from '../../application/queries/choose-checkout-address/choose-checkout-address.query';
import {
  CheckoutAddresses,
  GetCheckoutAddresses,
} from '../../application/queries/get-checkout-addresses/get-checkout-addresses.query';
import { CatalogueView, GetCatalogue } from '../../application/queries/get-catalogue/get-catalogue.query';
import { GetBasket } from '../../application/queries/get-basket/get-basket.query';
import { addressView, BasketView } from '../../application/views/ordering-views';
import { isInternational, PostalAddress } from '../../domain/postal-address';
import { countryOptions } from '../../../shared/domain/postal-areas';
import { CHECKOUT_HREFS, CHECKOUT_STEPS, CheckoutState } from './checkout-session';
import { AddressForm, ConfirmForm, DeliveryOptionForm } from './forms/checkout.forms';
import { FieldError, formErrorsFrom } from './page-errors';

const HOME = { label: 'Candidate Home', href: '/home' };
const BASKET = { label: 'Basket', href: '/basket' };
const INTERNATIONAL_NOTE =
  'We post outside the United Kingdom by arrangement: there is no charge now, and our team will contact you to agree the delivery service and any cost before we send your documents.';

/** Checkout steps 2 to 5 (step 1 is the basket page). Each step keeps its answer in the session. */
@ApiExcludeController()
@Roles('candidate')
@Controller('checkout')
export class CheckoutPagesController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  private state(req: Request): CheckoutState {
    return (req.session.checkout ??= {});
  }

  private async basketOrBack(principal: AuthenticatedPrincipal, res: Response): Promise<BasketView | null> {
    const basket: BasketView = await this.queries.execute(new GetBasket(principal.accountId));
    if (basket.itemCount === 0) {
      res.redirect(303, '/basket');
      return null;
    }
    return basket;
  }

  private addresses(principal: AuthenticatedPrincipal): Promise<CheckoutAddresses> {
    return this.queries.execute(new GetCheckoutAddresses(principal.accountId));
  }

  private addressPage(res: Response, step: 1 | 2, extra: Record<string, unknown>): void {
    const billing = step === 1;
    res.render('ordering/checkout-address', {
      title: billing ? 'Billing address' : 'Delivery address',
      breadcrumbs: [HOME, BASKET, { label: billing ? 'Billing' : 'Delivery' }],
      help: [
        billing
          ? 'The address your card is registered to. Choose one from your address book or enter it.'
          : 'Where we should post your documents. It can be the billing address or another one; outside the UK we arrange delivery with you.',
      ],
      steps: stepsFor(CHECKOUT_STEPS, step, CHECKOUT_HREFS),
      billing,
      action: billing ? '/checkout/billing' : '/checkout/delivery',
      countries: countryOptions(),
      ...extra,
    });
  }

  private savedChoices(book: SavedAddress[], chosen: string | undefined) {
    if (book.length === 0) return null;
    return {
      newChecked: !book.some((a) => a.id === chosen),
      entries: this.savedEntries(book, chosen),
    };
  }

  private savedEntries(book: SavedAddress[], chosen: string | undefined) {
    return book.map((a) => ({
      id: a.id,
      label: [a.label, a.line1, a.town, a.postcode].filter(Boolean).join(', '),
      checked: chosen === a.id,
    }));
  }

  @Get('billing')
  async billing(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    if (!(await this.basketOrBack(principal, res))) return;
    const { book, candidateName } = await this.addresses(principal);
    const kept = this.state(req).billing;
    this.addressPage(res, 1, {
      values: kept ?? { fullName: candidateName, country: 'GB' },
      saved: this.savedChoices(book, kept ? undefined : book.find((a) => a.isDefault)?.id),
      errors: [],
    });
  }

  @Post('billing')
  async saveBilling(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const form = await validateForm(AddressForm, body);
    const result = form.ok ? await this.chosenAddress(principal, form.value) : { errors: form.errors };
    if ('errors' in result) {
      const { book } = await this.addresses(principal);
      res.status(400);
      return this.addressPage(res, 1, {
        values: body,
        saved: this.savedChoices(book, String(body.savedAddress ?? '')),
        errors: result.errors,
      });
    }
    this.state(req).billing = result.address;
    res.redirect(303, '/checkout/delivery');
  }

  @Get('delivery')
  async delivery(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    if (!(await this.basketOrBack(principal, res))) return;
    const state = this.state(req);
    if (!state.billing) return res.redirect(303, '/checkout/billing');
    const { book } = await this.addresses(principal);
    const same = state.sameAsBilling !== false;
    this.addressPage(res, 2, {
      values: {
        ...(same ? { fullName: state.billing.fullName, country: 'GB' } : state.delivery),
        destination: same ? 'same' : 'other',
      },
      billingAddress: addressView(state.billing),
      saved: this.savedChoices(book, undefined),
      errors: [],
    });
  }

  @Post('delivery')
  async saveDelivery(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const state = this.state(req);
    if (!state.billing) return res.redirect(303, '/checkout/billing');
    const form = await validateForm(AddressForm, body);
    if (form.ok && form.value.destination !== 'other') {
      state.sameAsBilling = true;
      state.delivery = state.billing;
    } else {
      const result = form.ok ? await this.chosenAddress(principal, form.value) : { errors: form.errors };
      if ('errors' in result) {
        const { book } = await this.addresses(principal);
        res.status(400);
        return this.addressPage(res, 2, {
          values: body,
          billingAddress: addressView(state.billing),
          saved: this.savedChoices(book, String(body.savedAddress ?? '')),
          errors: result.errors,
        });
      }
      state.sameAsBilling = false;
      state.delivery = result.address;
    }
    if (state.deliveryOption) delete state.deliveryOption;
    res.redirect(303, '/checkout/delivery-options');
  }

  @Get('delivery-options')
  async options(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    if (!(await this.basketOrBack(principal, res))) return;
    const state = this.state(req);
    if (!state.delivery) return res.redirect(303, '/checkout/delivery');
    await this.renderOptions(res, state, []);
  }

  @Post('delivery-options')
  async chooseOption(
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const state = this.state(req);
    if (!state.delivery) return res.redirect(303, '/checkout/delivery');
    const form = await validateForm(DeliveryOptionForm, body);
    const available = await this.availableOptions(state.delivery);
    const chosen = form.ok ? available.find((o) => o.code === form.value.deliveryOption) : undefined;
    if (!chosen) {
      res.status(400);
      return this.renderOptions(res, state, [
        { field: 'deliveryOption', message: 'Choose how we should deliver your documents.' },
      ]);
    }
    state.deliveryOption = chosen.code;
    res.redirect(303, '/checkout/confirm');
  }

  @Get('confirm')
  async confirm(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    if (!(await this.basketOrBack(principal, res))) return;
    const state = this.state(req);
    if (!state.billing) return res.redirect(303, '/checkout/billing');
    if (!state.delivery) return res.redirect(303, '/checkout/delivery');
    if (!state.deliveryOption) return res.redirect(303, '/checkout/delivery-options');
    state.formToken ??= randomUUID();
    await this.renderConfirm(res, principal.accountId, state, []);
  }

  @Post('confirm')
  async place(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const state = this.state(req);
    const form = await validateForm(ConfirmForm, body);
    // Without its token the page was not the one shown: show it again rather than guess.
    if (!form.ok) return res.redirect(303, '/checkout/confirm');
    const token = form.value.formToken;
    let placed: CheckedOut;
    try {
      placed = await this.commands.execute(
        new Checkout(
          principal.accountId,
          {
            billingAddress: { ...(state.billing ?? {}) },
            deliveryAddress: { ...(state.delivery ?? {}) },
            deliveryOption: state.deliveryOption ?? '',
          },
          `web:${token}`,
        ),
      );
    } catch (error) {
      const errors = formErrorsFrom(error);
      if (!errors) throw error;
      const basket: BasketView = await this.queries.execute(new GetBasket(principal.accountId));
      if (basket.itemCount === 0) return res.redirect(303, '/basket');
      res.status(422);
      return this.renderConfirm(res, principal.accountId, state, errors);
    }
    delete req.session.checkout;
    if (placed.paymentUrl) return res.redirect(303, placed.paymentUrl);
    if (placed.status !== 'pending_payment') return res.redirect(303, `/orders/${placed.orderId}`);
    res.redirect(303, `/orders/${placed.orderId}/payment?outcome=unavailable`);
  }

  /** The step's address as the application checks it, or the field errors to show on the same page. */
  private async chosenAddress(
    principal: AuthenticatedPrincipal,
    { savedAddress, fullName, line1, line2, town, county, postcode, country }: AddressForm,
  ): Promise<{ address: PostalAddress } | { errors: FieldError[] }> {
    const choice = { savedAddress, fullName, line1, line2, town, county, postcode, country };
    try {
      return { address: await this.queries.execute(new ChooseCheckoutAddress(principal.accountId, choice)) };
    } catch (error) {
      const errors = formErrorsFrom(error);
      if (!errors) throw error;
      return { errors };
    }
  }

  private async availableOptions(delivery: PostalAddress) {
    const catalogue: CatalogueView = await this.queries.execute(new GetCatalogue());
    const international = isInternational(delivery);
    return catalogue.deliveryOptions.filter((o) => o.international === international);
  }

  private async renderOptions(res: Response, state: CheckoutState, errors: FieldError[]): Promise<void> {
    const options = await this.availableOptions(state.delivery!);
    const international = isInternational(state.delivery!);
    res.render('ordering/checkout-options', {
      title: 'Delivery options',
      breadcrumbs: [HOME, BASKET, { label: 'Delivery Options' }],
      help: [
        'Choose how we post your documents. Royal Mail Signed For needs a signature on delivery.',
        INTERNATIONAL_NOTE,
      ],
      steps: stepsFor(CHECKOUT_STEPS, 3, CHECKOUT_HREFS),
      options: options.map((o) => ({
        ...o,
        checked: o.code === state.deliveryOption || options.length === 1,
      })),
      international,
      internationalNote: INTERNATIONAL_NOTE,
      deliveryAddress: addressView(state.delivery!),
      errors,
    });
  }

  private async renderConfirm(
    res: Response,
    accountId: string,
    state: CheckoutState,
    errors: FieldError[],
  ): Promise<void> {
    const catalogue: CatalogueView = await this.queries.execute(new GetCatalogue());
    const option = catalogue.deliveryOptions.find((o) => o.code === state.deliveryOption);
    // The figures with the chosen delivery come from the domain's quote, as the order will be placed.
    const cart: BasketView = await this.queries.execute(new GetBasket(accountId, option?.code));
    res.render('ordering/checkout-confirm', {
      title: 'Confirm your order',
      breadcrumbs: [HOME, BASKET, { label: 'Confirm' }],
      help: [
        'Check everything before you pay. Use a Change link to go back to a step. Confirm and pay places your order at these prices and takes you to the secure card payment page.',
      ],
      steps: stepsFor(CHECKOUT_STEPS, 4, CHECKOUT_HREFS),
      cart,
      billingAddress: state.billing ? addressView(state.billing) : null,
      deliveryAddress: state.delivery ? addressView(state.delivery) : null,
      sameAsBilling: state.sameAsBilling !== false,
      option,
      internationalNote: option?.international ? INTERNATIONAL_NOTE : null,
      formToken: state.formToken,
      errors,
    });
  }
}
