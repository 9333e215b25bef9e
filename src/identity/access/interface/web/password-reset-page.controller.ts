import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainError } from '../../../../shared/domain';
import { validateForm } from '../../../../shared/web/forms/validate-form';
import { ForgottenPasswordForm, ResetPasswordForm } from '../dto/access.forms';
import { RequestPasswordReset } from '../../application/commands/request-password-reset/request-password-reset.command';
import { ResetPassword } from '../../application/commands/reset-password/reset-password.command';
import { CheckPasswordLink } from '../../application/queries/check-password-link/check-password-link.query';
import { InvalidTokenError } from '../../../domain/identity.errors';
import { MailingThrottle, TokenThrottle } from '../../../interface/http/throttles';
import { field } from '../../../interface/web/identity-session';

/** Forgotten password: ask for a link (same answer whether or not there is an account), then set a new one. */
@ApiExcludeController()
@Controller()
export class PasswordResetPageController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('forgotten-password')
  forgottenPage(@Res() res: Response): void {
    this.renderForgotten(res, 200, {});
  }

  @Post('forgotten-password')
  @MailingThrottle()
  async forgotten(
    @Req() req: Request,
    @Res() res: Response,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const form = await validateForm(ForgottenPasswordForm, body);
    if (!form.ok)
      return this.renderForgotten(res, 400, {
        values: { email: field(body, 'email').trim() },
        errors: form.errors,
      });
    const { email } = form.value;
    await this.commands.execute(new RequestPasswordReset(email, { accountId: null, ip: req.ip ?? null }));
    this.renderForgotten(res, 200, { sentTo: email });
  }

  @Get('reset-password')
  @TokenThrottle()
  async resetPage(
    @Res() res: Response,
    @Query('token') token?: string,
    @Query('welcome') welcome?: string,
  ): Promise<void> {
    if (!token) return res.redirect(303, '/forgotten-password');
    // Checked when opened: an expired or used link says so now, not after both passwords are typed.
    const { usable } = await this.queries.execute(new CheckPasswordLink(String(token)));
    if (!usable) return this.linkInvalid(res);
    this.renderReset(res, 200, { token, welcome: welcome === '1' });
  }

  @Post('reset-password')
  @TokenThrottle()
  async reset(
    @Req() req: Request,
    @Res() res: Response,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const token = field(body, 'token');
    const welcome = field(body, 'welcome') === '1';
    const form = await validateForm(ResetPasswordForm, body);
    if (!form.ok) return this.renderReset(res, 400, { token, welcome, errors: form.errors });
    const { password } = form.value;
    try {
      await this.commands.execute(
        new ResetPassword(token, password, { accountId: null, ip: req.ip ?? null }),
      );
    } catch (error) {
      if (error instanceof InvalidTokenError) return this.linkInvalid(res);
      if (error instanceof DomainError && error.kind === 'invalid') {
        return this.renderReset(res, 400, {
          token,
          welcome,
          errors: error.details.map((detail) => ({ ...detail, field: 'password' })),
        });
      }
      throw error;
    }
    res.render('identity/password-changed', {
      title: 'Your password has been changed',
      breadcrumbs: [{ label: 'Password changed' }],
    });
  }

  private linkInvalid(res: Response): void {
    res.status(400).render('identity/link-invalid', {
      title: 'This link does not work',
      breadcrumbs: [{ label: 'Login', href: '/login' }, { label: 'Reset your password' }],
      reset: true,
    });
  }

  private renderForgotten(res: Response, status: number, model: Record<string, unknown>): void {
    res.status(status).render('identity/forgotten-password', {
      title: 'Forgotten password',
      breadcrumbs: [{ label: 'Login', href: '/login' }, { label: 'Forgotten password' }],
      help: ['We will email you a link to choose a new password. The link works once, for 1 hour.'],
      ...model,
    });
  }

  private renderReset(res: Response, status: number, model: Record<string, unknown>): void {
    res.status(status).render('identity/reset-password', {
      title: model.welcome ? 'Set your password' : 'Choose a new password',
      breadcrumbs: [
        { label: 'Login', href: '/login' },
        { label: model.welcome ? 'Set your password' : 'New password' },
      ],
      ...model,
    });
  }
}
