import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainError } from '../../../../shared/domain';
import { Authenticated } from '../../../../shared/web/authentication/auth.decorators';
import { describeHttpError } from '../../../../shared/web/errors/http-error-mapping';
import { problemsOf, validateForm } from '../../../../shared/web/forms/validate-form';
import { AddressForm } from '../dto/profile.forms';
import { FieldProblem } from '../../../../shared/web/validation/validation-messages';
import { AddAddress } from '../../application/commands/add-address/add-address.command';
import { ChooseDefaultAddress } from '../../application/commands/choose-default-address/choose-default-address.command';
import { RemoveAddress } from '../../application/commands/remove-address/remove-address.command';
import { UpdateAddress } from '../../application/commands/update-address/update-address.command';
import { GetAddress } from '../../application/queries/get-address/get-address.query';
import { AddressView } from '../../application/views/address-view';
import { countryOptions } from '../../../../shared/domain/postal-areas';
import { AddressNotFoundError } from '../../../domain/profile.errors';
import { field, saveSession } from '../../../interface/web/identity-session';
import { PROFILE_PATH, profileCrumbs } from './profile-view';

const ADDRESS_FIELDS = ['label', 'line1', 'line2', 'town', 'county', 'postcode', 'country'] as const;

const HELP = [
  'Give the address as it should appear on an envelope. The label (for example "Home" or "Work") helps you tell your addresses apart.',
  'UK postcodes are checked. For an address abroad, choose the country and enter its postcode or ZIP code.',
  'The default address is chosen first for billing and delivery when you order. You can keep up to 20 addresses.',
];

/** The address book's pages: add and edit on pages of their own; make default and remove from the profile. */
@ApiExcludeController()
@Authenticated()
@Controller(`${PROFILE_PATH}/addresses`)
export class AddressBookPagesController {
  private readonly countries = countryOptions();

  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('new')
  newAddress(@Req() req: Request, @Res() res: Response): void {
    this.render(req, res, 200, { values: { country: 'GB' } });
  }

  @Post()
  async add(@Req() req: Request, @Res() res: Response, @Body() body: Record<string, unknown>): Promise<void> {
    const values = this.entered(body);
    const form = await validateForm(AddressForm, body);
    if (!form.ok) return this.render(req, res, 400, { values, errors: form.errors });
    try {
      await this.commands.execute(
        new AddAddress(req.principal!.accountId, { ...values, isDefault: values.isDefault === 'true' }),
      );
    } catch (error) {
      return this.refused(req, res, error, { values });
    }
    await this.done(req, res, 'The address has been added to your address book.');
  }

  @Get(':id/edit')
  async edit(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    const address = await this.owned(req, id);
    this.render(req, res, 200, {
      address,
      values: { ...address, isDefault: address.isDefault ? 'true' : '' },
    });
  }

  @Post(':id')
  async update(
    @Req() req: Request,
    @Res() res: Response,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const address = await this.owned(req, id);
    const values = this.entered(body);
    const form = await validateForm(AddressForm, body);
    if (!form.ok) return this.render(req, res, 400, { address, values, errors: form.errors });
    try {
      await this.commands.execute(
        new UpdateAddress(req.principal!.accountId, id, {
          ...values,
          isDefault: values.isDefault === 'true',
        }),
      );
    } catch (error) {
      return this.refused(req, res, error, { address, values });
    }
    await this.done(req, res, 'The address has been saved.');
  }

  @Post(':id/default')
  async chooseDefault(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    await this.commands.execute(new ChooseDefaultAddress(req.principal!.accountId, id));
    await this.done(req, res, 'Your default address has been changed.');
  }

  @Post(':id/removal')
  async remove(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    await this.commands.execute(new RemoveAddress(req.principal!.accountId, id));
    await this.done(req, res, 'The address has been removed from your address book.');
  }

  /** Another account's address, or none: the ordinary "page not found". */
  private async owned(req: Request, id: string): Promise<AddressView> {
    const address: AddressView | null = await this.queries.execute(
      new GetAddress(req.principal!.accountId, id),
    );
    if (!address) throw new AddressNotFoundError();
    return address;
  }

  private entered(body: Record<string, unknown>): Record<string, string> {
    const values: Record<string, string> = {};
    for (const name of ADDRESS_FIELDS) values[name] = field(body, name).trim();
    values.isDefault = field(body, 'isDefault') === 'true' ? 'true' : '';
    return values;
  }

  private async done(req: Request, res: Response, notice: string): Promise<void> {
    req.session.notice = notice;
    await saveSession(req);
    res.redirect(303, `${PROFILE_PATH}#address-book`);
  }

  private refused(
    req: Request,
    res: Response,
    error: unknown,
    model: { address?: AddressView; values: Record<string, string> },
  ): void {
    if (!(error instanceof DomainError)) throw error;
    const { status } = describeHttpError(error);
    if (status >= 500 || status === 401 || status === 404) throw error;
    this.render(req, res, status, { ...model, errors: problemsOf(error) });
  }

  private render(
    req: Request,
    res: Response,
    status: number,
    model: { address?: AddressView; values: Record<string, unknown>; errors?: FieldProblem[] },
  ): void {
    const editing = Boolean(model.address);
    const title = editing ? 'Edit address' : 'Add an address';
    res.status(status).render('identity/address-form', {
      title,
      breadcrumbs: profileCrumbs(req.principal!.role, title),
      help: HELP,
      heading: title,
      action: editing ? `${PROFILE_PATH}/addresses/${model.address!.id}` : `${PROFILE_PATH}/addresses`,
      submitLabel: editing ? 'Save address' : 'Add address',
      countries: this.countries,
      values: model.values,
      errors: model.errors,
    });
  }
}
