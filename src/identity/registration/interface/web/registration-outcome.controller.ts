import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';

/**
 * The page after any registration: the same words whatever happened (matched, pending, or an address
 * that already had an account), because the email tells the outcome to the address's owner only.
 */
@ApiExcludeController()
@Controller('register')
export class RegistrationOutcomeController {
  @Get('check-your-email')
  checkYourEmail(@Req() req: Request, @Res() res: Response): void {
    const email = req.session?.registrationSubmittedTo;
    if (!email) return res.redirect(303, '/');
    const thirdParty = req.session.registrationBy === 'third-party';
    res.render('identity/check-your-email', {
      title: 'Check your email',
      breadcrumbs: [
        { label: 'Registration', href: '/#register' },
        ...(thirdParty ? [{ label: 'Employer registration', href: '/register/third-party' }] : []),
        { label: 'Check your email' },
      ],
      email,
      thirdParty,
    });
  }
}
