import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainError } from '../../../../shared/domain';
import { validateForm } from '../../../../shared/web/forms/validate-form';
import { ThirdPartyRegistrationForm } from '../dto/registration.forms';
import { NotifyRegistrationAttempt } from '../../application/commands/notify-registration-attempt/notify-registration-attempt.command';
import { checkThirdPartyRegistration } from '../../application/commands/register-third-party/check-third-party-registration';
import { RegisterThirdParty } from '../../application/commands/register-third-party/register-third-party.command';
import { RegistrationCredentials } from '../../application/services/registration-credentials';
import { EmailTakenError } from '../../../domain/identity.errors';
import { RegistrationThrottle } from '../../../interface/http/throttles';
import { field, saveSession } from '../../../interface/web/identity-session';

/** Employers, colleges and training providers register on one page, then confirm their email. */
@ApiExcludeController()
@Controller('register/third-party')
export class ThirdPartyRegistrationController {
  constructor(
    private readonly commands: CommandBus,
    private readonly credentials: RegistrationCredentials,
  ) {}

  /** An invitation email links here with `?email=` so the invited address is the one registered. */
  @Get()
  page(@Res() res: Response, @Query('email') email?: unknown): void {
    this.render(res, 200, typeof email === 'string' && email.length <= 254 ? { values: { email } } : {});
  }

  @Post()
  @RegistrationThrottle()
  async submit(
    @Req() req: Request,
    @Res() res: Response,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const form = await validateForm(ThirdPartyRegistrationForm, body);
    const values = {
      email: field(body, 'email'),
      firstName: field(body, 'firstName'),
      surname: field(body, 'surname'),
      company: field(body, 'company'),
      telephone: field(body, 'telephone'),
    };
    if (!form.ok) return this.render(res, 400, { values, errors: form.errors });
    const input = {
      email: form.value.email ?? '',
      firstName: form.value.firstName ?? '',
      surname: form.value.surname ?? '',
      company: form.value.company ?? '',
      telephone: form.value.telephone ?? null,
    };
    const { problems } = checkThirdPartyRegistration(input);
    const prepared = await this.credentials.prepare({
      email: input.email,
      password: form.value.password ?? '',
      confirmPassword: form.value.confirmPassword ?? '',
    });
    if ('problems' in prepared)
      problems.push(...prepared.problems.filter((problem) => problem.field !== 'email'));
    if (problems.length > 0 || 'problems' in prepared)
      return this.render(res, 400, { values, errors: problems });

    try {
      await this.commands.execute(
        new RegisterThirdParty(
          { ...input, passwordHash: prepared.passwordHash },
          { accountId: null, ip: req.ip ?? null },
        ),
      );
    } catch (error) {
      if (error instanceof EmailTakenError)
        await this.commands.execute(new NotifyRegistrationAttempt(prepared.email));
      else if (error instanceof DomainError && error.kind === 'invalid')
        return this.render(res, 400, { values, errors: error.details });
      else throw error;
    }
    req.session.registrationSubmittedTo = prepared.email;
    req.session.registrationBy = 'third-party';
    await saveSession(req);
    res.redirect(303, '/register/check-your-email');
  }

  private render(res: Response, status: number, model: Record<string, unknown>): void {
    res.status(status).render('identity/register-third-party', {
      title: 'Employer registration',
      breadcrumbs: [{ label: 'Registration', href: '/#register' }, { label: 'Employer registration' }],
      help: [
        'Register to see the documents that candidates share with you, and to ask a candidate to share theirs.',
        'We will email you a link to confirm your address before you can log in.',
      ],
      ...model,
    });
  }
}
