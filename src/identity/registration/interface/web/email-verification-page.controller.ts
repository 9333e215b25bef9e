import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { validateForm } from '../../../../shared/web/forms/validate-form';
import { ConfirmEmailForm, ResendVerificationForm } from '../dto/registration.forms';
import { InvalidTokenError } from '../../../domain/identity.errors';
import { ResendEmailVerification } from '../../application/commands/resend-email-verification/resend-email-verification.command';
import { VerifyEmail } from '../../application/commands/verify-email/verify-email.command';
import { MailingThrottle, TokenThrottle } from '../../../interface/http/throttles';
import { field } from '../../../interface/web/identity-session';

/**
 * The emailed confirmation link opens a page with a button: mail scanners that follow links must not
 * confirm an address on their own, so only the POST confirms.
 */
@ApiExcludeController()
@Controller('verify-email')
export class EmailVerificationPageController {
  constructor(private readonly commands: CommandBus) {}

  @Get()
  page(@Res() res: Response, @Query('token') token?: string): void {
    if (!token) return res.redirect(303, '/verify-email/resend');
    res.render('identity/verify-email', {
      title: 'Confirm your email address',
      breadcrumbs: [{ label: 'Confirm your email address' }],
      token,
    });
  }

  @Post()
  @TokenThrottle()
  async confirm(
    @Req() req: Request,
    @Res() res: Response,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    // A token that is not text is no usable link: the command says so like any other.
    const form = await validateForm(ConfirmEmailForm, body);
    const token = form.ok ? (form.value.token ?? '') : '';
    try {
      await this.commands.execute(
        new VerifyEmail(token, {
          accountId: req.principal?.accountId ?? null,
          ip: req.ip ?? null,
        }),
      );
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      return res.status(400).render('identity/link-invalid', {
        title: 'This link does not work',
        breadcrumbs: [{ label: 'Confirm your email address' }],
        resend: true,
      });
    }
    res.render('identity/email-verified', {
      title: 'Email address confirmed',
      breadcrumbs: [{ label: 'Email address confirmed' }],
    });
  }

  @Get('resend')
  resendPage(@Res() res: Response): void {
    res.render('identity/resend-verification', {
      title: 'Get a new confirmation link',
      breadcrumbs: [{ label: 'New confirmation link' }],
    });
  }

  @Post('resend')
  @MailingThrottle()
  async resend(@Res() res: Response, @Body() body: Record<string, unknown>): Promise<void> {
    const form = await validateForm(ResendVerificationForm, body);
    if (!form.ok) {
      return res.status(400).render('identity/resend-verification', {
        title: 'Get a new confirmation link',
        breadcrumbs: [{ label: 'New confirmation link' }],
        values: { email: field(body, 'email').trim() },
        errors: form.errors,
      });
    }
    const { email } = form.value;
    await this.commands.execute(new ResendEmailVerification(email));
    res.render('identity/resend-verification', {
      title: 'Get a new confirmation link',
      breadcrumbs: [{ label: 'New confirmation link' }],
      sentTo: email,
    });
  }
}
