import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainError } from '../../../../shared/domain';
import { Roles } from '../../../../shared/web/authentication/auth.decorators';
import { paginationView, pagingOf } from '../../../../shared/web/views/view-models';
import { validateForm } from '../../../../shared/web/forms/validate-form';
import { ApproveRegistrationForm, RejectRegistrationForm } from '../dto/registration.forms';
import { ApproveRegistration } from '../../application/commands/approve-registration/approve-registration.command';
import { ImportCandidateRecords } from '../../application/commands/import-candidate-records/import-candidate-records.command';
import { RejectRegistration } from '../../application/commands/reject-registration/reject-registration.command';
import { ListRegistrations } from '../../application/queries/list-registrations/list-registrations.query';
import { field, saveSession, takeNotice } from '../../../interface/web/identity-session';

const IMPORT_LIMIT_BYTES = 20 * 1024 * 1024;

/** Staff pages of Identity's registration: the authorisation queue and candidate record imports. */
@ApiExcludeController()
@Roles('staff')
@Controller('admin')
export class RegistrationStaffPagesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('registrations')
  async queue(
    @Req() req: Request,
    @Res() res: Response,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const status = query.status === 'rejected' ? 'rejected' : 'pending_authorisation';
    const { page, pageSize } = pagingOf(query);
    const list = await this.queries.execute(new ListRegistrations(status, page, pageSize));
    res.render('identity/admin-registrations', {
      title: 'Registrations',
      breadcrumbs: [{ label: 'Registrations' }],
      help: [
        'Registrations whose details did not match exactly one candidate record wait here, oldest first.',
        'Open one to see the closest candidate records. Approve by choosing the right record, or reject with a reason: the candidate is emailed either way.',
      ],
      notice: takeNotice(req),
      status,
      pending: status === 'pending_authorisation',
      list,
      pagination: paginationView(list, '/admin/registrations', query),
    });
  }

  @Get('registrations/:accountId')
  async registration(@Param('accountId') accountId: string, @Res() res: Response): Promise<void> {
    await this.renderRegistration(res, 200, accountId, {});
  }

  @Post('registrations/:accountId/approval')
  async approve(
    @Param('accountId') accountId: string,
    @Req() req: Request,
    @Res() res: Response,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const form = await validateForm(ApproveRegistrationForm, body);
    if (!form.ok) {
      return this.renderRegistration(res, 400, accountId, {
        errors: form.errors,
        values: { candidateNumber: field(body, 'candidateNumber').trim() },
      });
    }
    const { candidateNumber } = form.value;
    try {
      await this.commands.execute(
        new ApproveRegistration(accountId, candidateNumber, {
          accountId: req.principal!.accountId,
          ip: req.ip ?? null,
        }),
      );
    } catch (error) {
      if (
        !(error instanceof DomainError) ||
        (error.kind === 'not_found' && error.code === 'IDENTITY.ACCOUNT_NOT_FOUND')
      )
        throw error;
      return this.renderRegistration(res, error.kind === 'conflict' ? 409 : 400, accountId, {
        errors: [{ field: 'candidateNumber', message: error.message }],
        values: { candidateNumber },
      });
    }
    req.session.notice = `Approved: the account is linked to candidate number ${candidateNumber.toUpperCase()} and the candidate has been emailed.`;
    await saveSession(req);
    res.redirect(303, '/admin/registrations');
  }

  @Post('registrations/:accountId/rejection')
  async reject(
    @Param('accountId') accountId: string,
    @Req() req: Request,
    @Res() res: Response,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const form = await validateForm(RejectRegistrationForm, body);
    if (!form.ok) return this.renderRegistration(res, 400, accountId, { errors: form.errors });
    const reason = form.value.reason ?? '';
    try {
      await this.commands.execute(
        new RejectRegistration(accountId, reason, {
          accountId: req.principal!.accountId,
          ip: req.ip ?? null,
        }),
      );
    } catch (error) {
      if (!(error instanceof DomainError) || error.code === 'IDENTITY.ACCOUNT_NOT_FOUND') throw error;
      return this.renderRegistration(res, error.kind === 'conflict' ? 409 : 400, accountId, {
        errors: error.details.length > 0 ? error.details : [{ field: 'reason', message: error.message }],
        values: { reason },
      });
    }
    req.session.notice = 'Rejected: the candidate has been emailed the reason.';
    await saveSession(req);
    res.redirect(303, '/admin/registrations');
  }

  @Get('candidate-records')
  importPage(@Res() res: Response): void {
    this.renderImport(res, 200, {});
  }

  @Post('candidate-records')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: IMPORT_LIMIT_BYTES, files: 1 } }))
  async import(
    @Req() req: Request,
    @Res() res: Response,
    @UploadedFile() file?: { buffer: Buffer; originalname: string },
  ): Promise<void> {
    if (!file || file.buffer.length === 0)
      return this.renderImport(res, 400, {
        errors: [{ field: 'file', message: 'Choose a CSV file to import' }],
      });
    try {
      const report = await this.commands.execute(
        new ImportCandidateRecords(
          { format: 'csv', text: file.buffer.toString('utf8') },
          { accountId: req.principal!.accountId, ip: req.ip ?? null },
        ),
      );
      this.renderImport(res, 200, { report, fileName: file.originalname });
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== 'invalid') throw error;
      const details = error.details.map((detail) => `${detail.field}: ${detail.message}`).join('; ');
      this.renderImport(res, 400, {
        errors: [{ field: 'file', message: details ? `${error.message} ${details}` : error.message }],
      });
    }
  }

  private async renderRegistration(
    res: Response,
    status: number,
    accountId: string,
    model: Record<string, unknown>,
  ): Promise<void> {
    const list = await this.queries.execute(new ListRegistrations('pending_authorisation', 1, 1, accountId));
    const registration = list.items[0];
    res.status(status).render('identity/admin-registration', {
      title: `Registration of ${registration.firstName} ${registration.surname}`,
      breadcrumbs: [
        { label: 'Registrations', href: '/admin/registrations' },
        { label: `${registration.firstName} ${registration.surname}` },
      ],
      help: [
        'The suggestions are the candidate records closest to what the candidate entered: the same details, or names spelt a little differently. Each says why it is suggested.',
        'A record already linked to another account cannot be linked again.',
      ],
      registration,
      pending: registration.status === 'pending_authorisation',
      ...model,
    });
  }

  private renderImport(res: Response, status: number, model: Record<string, unknown>): void {
    res.status(status).render('identity/admin-candidate-records', {
      title: 'Candidate records',
      breadcrumbs: [{ label: 'Candidate records' }],
      help: [
        "Import the awarding body's candidate records from a CSV file with the headings candidateNumber, firstName, surname, dateOfBirth, email and telephone (email and telephone may be empty).",
        'Importing is safe to repeat: a known candidate number is updated, a new one added. Rows that cannot be used are listed with the reason; the others are still imported.',
      ],
      ...model,
    });
  }
}
