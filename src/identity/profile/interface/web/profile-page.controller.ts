import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainError } from '../../../../shared/domain';
import { Authenticated } from '../../../../shared/web/authentication/auth.decorators';
import { refreshLoginSession } from '../../../../shared/web/authentication/session-login';
import { describeHttpError } from '../../../../shared/web/errors/http-error-mapping';
import { problemsOf, validateForm } from '../../../../shared/web/forms/validate-form';
import { PERSONAL_DETAILS_FIELDS, PersonalDetailsForm } from '../../../interface/dto/personal-details.form';
import { CredentialsForm, SocialLinksForm } from '../dto/profile.forms';
import { FieldProblem } from '../../../../shared/web/validation/validation-messages';
import {
  ChangeCredentials,
  ChangeCredentialsResult,
} from '../../application/commands/change-credentials/change-credentials.command';
import { RemoveProfilePhoto } from '../../application/commands/remove-profile-photo/remove-profile-photo.command';
import { SetProfilePhoto } from '../../application/commands/set-profile-photo/set-profile-photo.command';
import { UpdateProfile } from '../../application/commands/update-profile/update-profile.command';
import { GetMe, MeView } from '../../application/queries/get-me/get-me.query';
import { ListAddresses } from '../../application/queries/list-addresses/list-addresses.query';
import { AddressView } from '../../application/views/address-view';
import { SOCIAL_NETWORKS } from '../../../domain/account';
import { PhotoUploadThrottle, readPhotoUpload } from '../http/photo-upload';
import { LoginThrottle } from '../../../interface/http/throttles';
import { dateFrom, field, saveSession, takeNotice } from '../../../interface/web/identity-session';
import { profileCrumbs, PROFILE_HELP, PROFILE_PATH, socialFields } from './profile-view';

type Section = 'photo' | 'social' | 'login' | 'details';

/**
 * The profile page (the guide's "User Profile"): photo, social links, username and password, details
 * and the address book. Each section is its own form posting to its own route; a refused form is shown
 * again with an error summary, the messages beside its fields and what was typed (never passwords).
 */
@ApiExcludeController()
@Authenticated()
@Controller(PROFILE_PATH)
export class ProfilePageController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  async page(@Req() req: Request, @Res() res: Response): Promise<void> {
    await this.render(req, res, 200, { notice: takeNotice(req) });
  }

  @Post('photo')
  @PhotoUploadThrottle()
  async uploadPhoto(@Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const upload = await readPhotoUpload(req, res);
      await this.commands.execute(new SetProfilePhoto(req.principal!.accountId, upload));
    } catch (error) {
      return this.refused(req, res, error, 'photo', {});
    }
    await this.done(req, res, 'Your photo has been saved.', 'photo');
  }

  @Post('photo/removal')
  async removePhoto(@Req() req: Request, @Res() res: Response): Promise<void> {
    await this.commands.execute(new RemoveProfilePhoto(req.principal!.accountId));
    await this.done(req, res, 'Your photo has been removed.', 'photo');
  }

  @Post('social')
  async social(
    @Req() req: Request,
    @Res() res: Response,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const form = await validateForm(SocialLinksForm, body);
    const social: Record<string, string> = {};
    for (const network of SOCIAL_NETWORKS) social[network] = field(body, network).trim();
    if (!form.ok)
      return this.render(req, res, 400, { section: 'social', values: social, errors: form.errors });
    for (const network of SOCIAL_NETWORKS) social[network] = form.value[network] ?? '';
    try {
      await this.commands.execute(new UpdateProfile(req.principal!.accountId, { social }));
    } catch (error) {
      return this.refused(req, res, error, 'social', social);
    }
    await this.done(req, res, 'Your social links have been saved.', 'social');
  }

  @Post('login')
  @LoginThrottle()
  async credentials(
    @Req() req: Request,
    @Res() res: Response,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const principal = req.principal!;
    const form = await validateForm(CredentialsForm, body);
    const kept = { email: field(body, 'email').trim() };
    if (!form.ok) return this.render(req, res, 400, { section: 'login', values: kept, errors: form.errors });
    const { email = '', currentPassword = '', newPassword = '' } = form.value;
    const newEmail = email && email.toLowerCase() !== principal.email.toLowerCase() ? email : null;
    let result: ChangeCredentialsResult;
    try {
      result = await this.commands.execute(
        new ChangeCredentials(
          principal.accountId,
          { currentPassword, newEmail, newPassword: newPassword || null },
          null,
          {
            accountId: principal.accountId,
            ip: req.ip ?? null,
          },
        ),
      );
    } catch (error) {
      return this.refused(req, res, error, 'login', kept);
    }
    if (result.sessionsValidAfter) refreshLoginSession(req, result.sessionsValidAfter);
    const said = [
      result.sessionsValidAfter
        ? 'Your password has been changed; you have been logged out everywhere else.'
        : '',
      result.emailChangePendingTo
        ? `We have sent a link to ${result.emailChangePendingTo}: follow it to make that your username.`
        : '',
    ];
    await this.done(req, res, said.filter(Boolean).join(' '), 'login');
  }

  @Post('details')
  async details(
    @Req() req: Request,
    @Res() res: Response,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const form = await validateForm(PersonalDetailsForm, body);
    const kept: Record<string, string> = {};
    for (const name of PERSONAL_DETAILS_FIELDS) kept[name] = field(body, name).trim();
    if (!form.ok)
      return this.render(req, res, 400, { section: 'details', values: kept, errors: form.errors });
    for (const name of PERSONAL_DETAILS_FIELDS) kept[name] = form.value[name] ?? '';
    try {
      await this.commands.execute(
        new UpdateProfile(req.principal!.accountId, {
          firstName: kept.firstName,
          surname: kept.surname,
          telephone: kept.telephone || null,
          mobile: kept.mobile || null,
          dateOfBirth: dateFrom(kept, 'dateOfBirth') || null,
        }),
      );
    } catch (error) {
      return this.refused(req, res, error, 'details', kept);
    }
    await this.done(req, res, 'Your details have been saved.', 'details');
  }

  /** Success: a one-time notice, then the page again (so a reload does not post twice). */
  private async done(req: Request, res: Response, notice: string, section: Section): Promise<void> {
    req.session.notice = notice;
    await saveSession(req);
    // The photo section's anchor is not "photo": that is the file input's id.
    res.redirect(303, `${PROFILE_PATH}#${section === 'photo' ? 'your-photo' : section}`);
  }

  private async refused(
    req: Request,
    res: Response,
    error: unknown,
    section: Section,
    values: Record<string, string>,
  ): Promise<void> {
    if (!(error instanceof DomainError)) throw error;
    const { status } = describeHttpError(error);
    if (status >= 500 || status === 401 || status === 404) throw error;
    // The command names social links "social.x"; on the page the field is simply "x".
    const errors = problemsOf(error).map((problem) => ({
      ...problem,
      field: problem.field.replace(/^social\./, ''),
    }));
    await this.render(req, res, status, { section, values, errors });
  }

  private async render(
    req: Request,
    res: Response,
    status: number,
    model: { notice?: string; section?: Section; values?: Record<string, string>; errors?: FieldProblem[] },
  ): Promise<void> {
    const accountId = req.principal!.accountId;
    const me: MeView = await this.queries.execute(new GetMe(accountId));
    const addresses: AddressView[] = await this.queries.execute(new ListAddresses(accountId));
    // Saved values first; what was just typed into the refused form wins over them.
    const values: Record<string, unknown> = {
      // The username in use; an address waiting for confirmation is mentioned above the form.
      email: me.email,
      firstName: me.firstName,
      surname: me.surname,
      telephone: me.telephone,
      mobile: me.mobile,
      dateOfBirth: me.dateOfBirth,
      ...me.social,
      ...(model.values ?? {}),
    };
    res.status(status).render('identity/profile', {
      title: 'User profile',
      breadcrumbs: profileCrumbs(me.role),
      help: PROFILE_HELP,
      notice: model.notice,
      errors: model.errors,
      values,
      me,
      isCandidate: me.role === 'candidate',
      addresses,
      socialFields: socialFields(),
      // A multipart form is read after the CSRF check, so its token travels in the action URL.
      photoAction: `${PROFILE_PATH}/photo?_csrf=${encodeURIComponent(res.locals.csrfToken.value)}`,
    });
  }
}
