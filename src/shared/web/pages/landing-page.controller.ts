import { Controller, Get, Render } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';

/** The public front door: what candidates and employers can do here, registration and the login box. */
@ApiExcludeController()
@Controller()
export class LandingPageController {
  @Get()
  @Render('pages/landing')
  landing() {
    return {
      title: 'Your digital certificates',
      help: [
        'Candidates: register with the email address you want to use and your details as they appear on your certificates. If you do not know your candidate number, enter NA.',
        'Employers, colleges and training providers: register to see the documents candidates share with you.',
        'Already registered? Log in with your email address and password. Tick "Remember me" only on a device that is yours.',
      ],
    };
  }
}
