import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, Roles } from '../../../shared/web/authentication/auth.decorators';
import { AuthenticatedPrincipal } from '../../../shared/web/authentication/principal';
import { validateForm } from '../../../shared/web/forms/validate-form';
import { AddToBasket } from '../../application/commands/add-to-basket/add-to-basket.command';
import {
  GetReprintSubject,
  ReprintSubject,
} from '../../application/queries/get-reprint-subject/get-reprint-subject.query';
import { AchievementNotFoundError } from '../../domain/ordering.errors';
import { REPRINT_REASON_LABELS, REPRINT_REASONS } from '../../domain/reprint-reason';
import { ReprintForm } from './forms/reprint.form';
import { FieldError, formErrorsFrom } from './page-errors';

const HELP =
  'Order a printed copy of a certificate, or a proof of qualification letter, for this achievement. You can order one copy of each per achievement; tell us why you need it, then add it to your basket. You pay when you check out.';

/** The Document Reprint form, opened from a document card's Order Certificate or Order POQ. */
@ApiExcludeController()
@Roles('candidate')
@Controller('orders/reprint')
export class ReprintPagesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  async form(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Query('certificate') certificate: string | undefined,
    @Query('product') product: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    await this.render(
      res,
      principal,
      String(certificate ?? ''),
      String(product ?? ''),
      { quantity: '1' },
      [],
    );
  }

  @Post()
  async add(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const form = await validateForm(ReprintForm, body);
    if (!form.ok) {
      res.status(400);
      const badLink = form.errors.some((e) => ['certificate', 'product'].includes(e.field));
      // A mangled certificate or product is no achievement of theirs: as for a bad link, not found.
      if (badLink) throw new AchievementNotFoundError();
      return this.render(res, principal, String(body.certificate), String(body.product), body, form.errors);
    }
    const { certificate, product, quantity, reason, reasonText } = form.value;
    try {
      await this.commands.execute(
        new AddToBasket(principal.accountId, {
          product,
          certificateNumber: certificate,
          reason,
          reasonText,
          quantity: Number(quantity),
        }),
      );
    } catch (error) {
      const errors = formErrorsFrom(error, 'quantity');
      if (!errors) throw error;
      res.status(
        error instanceof Error && 'kind' in error && (error as { kind: string }).kind === 'rule' ? 422 : 400,
      );
      return this.render(res, principal, certificate, product, body, errors);
    }
    res.redirect(303, '/basket?added=1');
  }

  private async render(
    res: Response,
    principal: AuthenticatedPrincipal,
    certificate: string,
    product: string,
    values: unknown,
    errors: FieldError[],
  ): Promise<void> {
    const { achievement, product: item }: ReprintSubject = await this.queries.execute(
      new GetReprintSubject(principal.accountId, certificate, product),
    );
    res.render('ordering/reprint', {
      title: 'Document Reprint',
      breadcrumbs: [
        { label: 'Candidate Home', href: '/home' },
        { label: 'Documents', href: '/documents' },
        { label: 'Document Reprint' },
      ],
      help: [HELP],
      achievement,
      product: item,
      certificate,
      productCode: product,
      reasons: REPRINT_REASONS.map((value) => ({
        value,
        label: REPRINT_REASON_LABELS[value],
        checked: (values as Record<string, unknown>).reason === value,
      })),
      values,
      errors,
    });
  }
}
