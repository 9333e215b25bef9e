import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import * as QRCode from 'qrcode';
import { DomainError } from '../../../../shared/domain';
import { endLoginSession, startLoginSession } from '../../../../shared/web/authentication/session-login';
import { validateForm } from '../../../../shared/web/forms/validate-form';
import { LoginForm, SecondFactorForm } from '../dto/access.forms';
import { LogIn } from '../../application/commands/log-in/log-in.command';
import { LoginResult } from '../../application/views/login-result';
import { VerifySecondFactor } from '../../application/commands/verify-second-factor/verify-second-factor.command';
import { GetSecondFactorEnrolment } from '../../application/queries/get-second-factor-enrolment/get-second-factor-enrolment.query';
import { EmailNotVerifiedError } from '../../../domain/identity.errors';
import { LoginThrottle } from '../../../interface/http/throttles';
import {
  field,
  homeOf,
  PENDING_LOGIN_LIFETIME_MS,
  safeReturnTo,
  saveSession,
} from '../../../interface/web/identity-session';

const LOGIN_HELP = [
  'Your username is the email address you registered with.',
  'Tick "Remember me" only on a device that is yours: you then stay logged in for up to 30 days. Otherwise you are logged out when you close the browser, or after 30 minutes without using the site.',
  'After 10 wrong passwords in a row the account is locked for 15 minutes. If you have forgotten your password, ask for a reset link instead.',
];

/** The login box, the staff second step (TOTP, with enrolment by QR code) and logout. */
@ApiExcludeController()
@Controller()
export class LoginPageController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('login')
  loginPage(@Req() req: Request, @Res() res: Response, @Query('returnTo') returnTo?: string): void {
    if (req.principal) return res.redirect(303, homeOf(req.principal.role));
    this.renderLogin(res, 200, { values: { returnTo: safeReturnTo(returnTo) } });
  }

  @Post('login')
  @LoginThrottle()
  async login(
    @Req() req: Request,
    @Res() res: Response,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const form = await validateForm(LoginForm, body);
    const rememberMe = field(body, 'rememberMe') === 'true';
    const returnTo = safeReturnTo(field(body, 'returnTo'));
    const values = {
      email: field(body, 'email').trim(),
      rememberMe: rememberMe ? 'true' : undefined,
      returnTo,
    };
    if (!form.ok) return this.renderLogin(res, 400, { values, errors: form.errors });
    const { email, password } = form.value;

    let result: LoginResult;
    try {
      result = await this.commands.execute(
        new LogIn({ email, password }, { accountId: null, ip: req.ip ?? null }),
      );
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.kind === 'throttled')
        res.setHeader(
          'Retry-After',
          String((error as { retryAfterSeconds?: number }).retryAfterSeconds ?? 60),
        );
      const status = { unauthenticated: 401, forbidden: 403, throttled: 429 }[error.kind as string] ?? 400;
      return this.renderLogin(res, status, {
        values,
        errors: [{ field: 'email', message: error.message }],
        // The right password for an address not yet confirmed: offer the link again where the problem is read.
        resendTo: error instanceof EmailNotVerifiedError ? email : undefined,
      });
    }

    if (result.secondFactor !== 'none') {
      req.session.pendingLogin = { accountId: result.accountId, rememberMe, returnTo, startedAt: Date.now() };
      await saveSession(req);
      return res.redirect(303, '/login/second-factor');
    }
    await startLoginSession(req, { accountId: result.accountId, authenticatedAt: Date.now(), rememberMe });
    res.redirect(303, returnTo ?? homeOf(result.role));
  }

  @Get('login/second-factor')
  async secondFactorPage(@Req() req: Request, @Res() res: Response): Promise<void> {
    const pending = this.pendingLogin(req);
    if (!pending) return res.redirect(303, '/login');
    await this.renderSecondFactor(res, 200, pending.accountId, {});
  }

  @Post('login/second-factor')
  @LoginThrottle()
  async secondFactor(
    @Req() req: Request,
    @Res() res: Response,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const pending = this.pendingLogin(req);
    if (!pending) return res.redirect(303, '/login');
    const form = await validateForm(SecondFactorForm, body);
    if (!form.ok) return this.renderSecondFactor(res, 400, pending.accountId, { errors: form.errors });
    const { code } = form.value;
    let result: LoginResult;
    try {
      result = await this.commands.execute(
        new VerifySecondFactor(pending.accountId, code, { accountId: null, ip: req.ip ?? null }),
      );
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const status = { unauthenticated: 401, forbidden: 403, throttled: 429 }[error.kind as string] ?? 400;
      return this.renderSecondFactor(res, status, pending.accountId, {
        errors: [{ field: 'code', message: error.message }],
      });
    }
    await startLoginSession(req, {
      accountId: result.accountId,
      authenticatedAt: Date.now(),
      rememberMe: pending.rememberMe,
    });
    res.redirect(303, pending.returnTo ?? homeOf(result.role));
  }

  @Post('logout')
  async logout(@Req() req: Request, @Res() res: Response): Promise<void> {
    await endLoginSession(req);
    res.redirect(303, '/login?loggedOut=1');
  }

  private pendingLogin(req: Request) {
    const pending = req.session?.pendingLogin;
    if (!pending || Date.now() - pending.startedAt > PENDING_LOGIN_LIFETIME_MS) return undefined;
    return pending;
  }

  private renderLogin(res: Response, status: number, model: Record<string, unknown>): void {
    const loggedOut = res.req.query.loggedOut === '1';
    res.status(status).render('identity/login', {
      title: 'Login',
      breadcrumbs: [{ label: 'Login' }],
      help: LOGIN_HELP,
      loggedOut,
      ...model,
    });
  }

  private async renderSecondFactor(
    res: Response,
    status: number,
    accountId: string,
    model: Record<string, unknown>,
  ): Promise<void> {
    const enrolment = await this.queries.execute(new GetSecondFactorEnrolment(accountId));
    res.status(status).render('identity/second-factor', {
      title: enrolment ? 'Set up your authenticator app' : 'Enter your security code',
      breadcrumbs: [{ label: 'Login', href: '/login' }, { label: 'Security code' }],
      help: [
        'Staff accounts are protected by a second factor: a 6-digit code that an authenticator app on your phone makes every 30 seconds.',
        'Lost your phone? Ask another member of staff to reset your account.',
      ],
      enrolment: enrolment
        ? {
            secret: enrolment.secret.replace(/(.{4})/g, '$1 ').trim(),
            qrCode: await QRCode.toDataURL(enrolment.uri, { margin: 1, width: 220 }),
          }
        : null,
      ...model,
    });
  }
}
