import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainError } from '../../../../shared/domain';
import { stepsFor } from '../../../../shared/web/views/view-models';
import { validateForm } from '../../../../shared/web/forms/validate-form';
import { PERSONAL_DETAILS_FIELDS } from '../../../interface/dto/personal-details.form';
import { CandidateLoginStepForm, CandidateProfileStepForm, StepActionForm } from '../dto/registration.forms';
import { checkCandidateRegistration } from '../../application/commands/register-candidate/check-candidate-registration';
import { NotifyRegistrationAttempt } from '../../application/commands/notify-registration-attempt/notify-registration-attempt.command';
import { RegisterCandidate } from '../../application/commands/register-candidate/register-candidate.command';
import { RegistrationCredentials } from '../../application/services/registration-credentials';
import { EmailTakenError } from '../../../domain/identity.errors';
import { RegistrationThrottle } from '../../../interface/http/throttles';
import {
  CandidateRegistrationProgress,
  dateFrom,
  field,
  saveSession,
} from '../../../interface/web/identity-session';

const BASE = '/register/candidate';
const STEPS = ['Login', 'Profile', 'Confirm'];
const STEP_LINKS = [`${BASE}/login`, `${BASE}/profile`, `${BASE}/confirm`];
const PROFILE_FIELDS = ['candidateNumber', ...PERSONAL_DETAILS_FIELDS] as const;

const HELP = [
  'Registration has three steps. 1 Login: the email address and password you will log in with. 2 Profile: your details as they appear on your certificates, so we can find your records. 3 Confirm: check your answers and submit.',
  'Your candidate number is on your certificates. If you do not know it, enter NA: we then match your first name, surname and date of birth.',
  'If your details match our records your account is ready straight away. Otherwise our staff check them and email you.',
  'Use "Previous" to go back: nothing you entered is lost.',
];

/**
 * Candidate registration in three steps (product.md "Identity"). Progress lives in the server-side
 * session, so "Previous" never loses input; the password is hashed at step 1 and only its hash is kept.
 */
@ApiExcludeController()
@Controller(BASE)
export class CandidateRegistrationController {
  constructor(
    private readonly commands: CommandBus,
    private readonly credentials: RegistrationCredentials,
  ) {}

  @Get()
  start(@Res() res: Response): void {
    res.redirect(303, `${BASE}/login`);
  }

  @Get('login')
  loginStep(@Req() req: Request, @Res() res: Response): void {
    const progress = req.session.candidateRegistration ?? {};
    this.render(res, 200, 'identity/register-candidate-login', 0, {
      values: { email: progress.email },
      passwordKept: Boolean(progress.passwordHash),
    });
  }

  @Post('login')
  @RegistrationThrottle()
  async submitLogin(
    @Req() req: Request,
    @Res() res: Response,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const progress = req.session.candidateRegistration ?? {};
    const form = await validateForm(CandidateLoginStepForm, body);
    const prepared = form.ok
      ? await this.credentials.prepare({
          email: form.value.email ?? '',
          password: form.value.password ?? '',
          confirmPassword: form.value.confirmPassword ?? '',
          keptPasswordHash: progress.passwordHash,
        })
      : { problems: form.errors };
    if ('problems' in prepared) {
      return this.render(res, 400, 'identity/register-candidate-login', 0, {
        values: { email: field(body, 'email') },
        errors: prepared.problems,
        passwordKept: Boolean(progress.passwordHash),
      });
    }
    req.session.candidateRegistration = {
      ...progress,
      email: prepared.email,
      passwordHash: prepared.passwordHash,
    };
    await saveSession(req);
    res.redirect(303, `${BASE}/profile`);
  }

  @Get('profile')
  profileStep(@Req() req: Request, @Res() res: Response): void {
    const progress = req.session.candidateRegistration;
    if (!progress?.passwordHash) return res.redirect(303, `${BASE}/login`);
    this.render(res, 200, 'identity/register-candidate-profile', 1, { values: progress });
  }

  @Post('profile')
  async submitProfile(
    @Req() req: Request,
    @Res() res: Response,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const progress = req.session.candidateRegistration;
    if (!progress?.passwordHash) return res.redirect(303, `${BASE}/login`);
    const form = await validateForm(CandidateProfileStepForm, body);
    const entered: CandidateRegistrationProgress = { ...progress };
    for (const name of PROFILE_FIELDS) entered[name] = field(body, name).trim();
    if (!form.ok)
      return this.render(res, 400, 'identity/register-candidate-profile', 1, {
        values: entered,
        errors: form.errors,
      });

    if (form.value.action === 'previous') {
      // Back without checking anything, and without losing what was typed.
      req.session.candidateRegistration = { ...entered, profileAccepted: false };
      await saveSession(req);
      return res.redirect(303, `${BASE}/login`);
    }
    const { problems } = checkCandidateRegistration(this.claim(entered), new Date());
    const profileProblems = problems.filter((problem) => problem.field !== 'email');
    if (profileProblems.length > 0) {
      req.session.candidateRegistration = { ...entered, profileAccepted: false };
      return this.render(res, 400, 'identity/register-candidate-profile', 1, {
        values: entered,
        errors: profileProblems,
      });
    }
    req.session.candidateRegistration = { ...entered, profileAccepted: true };
    await saveSession(req);
    res.redirect(303, `${BASE}/confirm`);
  }

  @Get('confirm')
  confirmStep(@Req() req: Request, @Res() res: Response): void {
    const progress = req.session.candidateRegistration;
    if (!progress?.passwordHash) return res.redirect(303, `${BASE}/login`);
    if (!progress.profileAccepted) return res.redirect(303, `${BASE}/profile`);
    this.render(res, 200, 'identity/register-candidate-confirm', 2, { answers: this.claim(progress) });
  }

  @Post('confirm')
  @RegistrationThrottle()
  async submit(
    @Req() req: Request,
    @Res() res: Response,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const progress = req.session.candidateRegistration;
    if (!progress?.passwordHash) return res.redirect(303, `${BASE}/login`);
    const form = await validateForm(StepActionForm, body);
    if (!form.ok || form.value.action === 'previous') return res.redirect(303, `${BASE}/profile`);
    if (!progress.profileAccepted) return res.redirect(303, `${BASE}/profile`);

    const claim = this.claim(progress);
    try {
      await this.commands.execute(
        new RegisterCandidate(
          { ...claim, passwordHash: progress.passwordHash },
          { accountId: null, ip: req.ip ?? null },
        ),
      );
    } catch (error) {
      if (error instanceof EmailTakenError) {
        // The page must not tell a visitor that the address has an account: its owner is told instead.
        await this.commands.execute(new NotifyRegistrationAttempt(claim.email));
      } else if (error instanceof DomainError && error.kind === 'invalid') {
        return this.render(res, 400, 'identity/register-candidate-confirm', 2, {
          answers: claim,
          errors: error.details,
        });
      } else {
        throw error;
      }
    }
    delete req.session.candidateRegistration;
    req.session.registrationSubmittedTo = claim.email;
    req.session.registrationBy = 'candidate';
    await saveSession(req);
    res.redirect(303, '/register/check-your-email');
  }

  private claim(progress: CandidateRegistrationProgress) {
    return {
      email: progress.email ?? '',
      candidateNumber: progress.candidateNumber ?? '',
      firstName: progress.firstName ?? '',
      surname: progress.surname ?? '',
      telephone: progress.telephone || null,
      mobile: progress.mobile || null,
      dateOfBirth: dateFrom(progress as Record<string, unknown>, 'dateOfBirth'),
    };
  }

  private render(
    res: Response,
    status: number,
    view: string,
    step: number,
    model: Record<string, unknown>,
  ): void {
    res.status(status).render(view, {
      title: `Candidate registration: ${STEPS[step]}`,
      breadcrumbs: [{ label: 'Registration', href: '/#register' }, { label: 'Candidate registration' }],
      help: HELP,
      steps: stepsFor(STEPS, step, STEP_LINKS),
      step: step + 1,
      ...model,
    });
  }
}
