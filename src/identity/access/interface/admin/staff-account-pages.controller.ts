import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainError } from '../../../../shared/domain';
import { Roles } from '../../../../shared/web/authentication/auth.decorators';
import { validateForm } from '../../../../shared/web/forms/validate-form';
import { InviteStaffForm } from '../dto/access.forms';
import { CreateStaffAccount } from '../../application/commands/create-staff-account/create-staff-account.command';
import { RemoveStaffAccount } from '../../application/commands/remove-staff-account/remove-staff-account.command';
import { ListStaffAccounts } from '../../application/queries/list-staff-accounts/list-staff-accounts.query';
import { field, saveSession, takeNotice } from '../../../interface/web/identity-session';

/** Staff pages of Identity's access: inviting colleagues and removing their accounts. */
@ApiExcludeController()
@Roles('staff')
@Controller('admin/staff-accounts')
export class StaffAccountPagesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  staffPage(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.renderStaff(req, res, 200, { notice: takeNotice(req) });
  }

  @Post()
  async invite(
    @Req() req: Request,
    @Res() res: Response,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const form = await validateForm(InviteStaffForm, body);
    const entered = {
      email: field(body, 'email'),
      firstName: field(body, 'firstName'),
      surname: field(body, 'surname'),
    };
    if (!form.ok) return this.renderStaff(req, res, 400, { values: entered, errors: form.errors });
    const values = {
      email: form.value.email ?? '',
      firstName: form.value.firstName ?? '',
      surname: form.value.surname ?? '',
    };
    try {
      await this.commands.execute(
        new CreateStaffAccount(values, { accountId: req.principal!.accountId, ip: req.ip ?? null }),
      );
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const errors = error.details.length > 0 ? error.details : [{ field: 'email', message: error.message }];
      return this.renderStaff(req, res, error.kind === 'conflict' ? 409 : 400, { values: entered, errors });
    }
    req.session.notice = `Invitation sent to ${values.email.trim().toLowerCase()}.`;
    await saveSession(req);
    res.redirect(303, '/admin/staff-accounts');
  }

  @Post(':accountId/removal')
  async removeStaff(
    @Param('accountId') accountId: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    try {
      await this.commands.execute(
        new RemoveStaffAccount(accountId, { accountId: req.principal!.accountId, ip: req.ip ?? null }),
      );
      req.session.notice = 'The staff account was removed.';
    } catch (error) {
      // Removing oneself or the last staff member is told on the page.
      if (!(error instanceof DomainError) || error.kind !== 'conflict') throw error;
      req.session.notice = error.message;
    }
    await saveSession(req);
    res.redirect(303, '/admin/staff-accounts');
  }

  private async renderStaff(
    req: Request,
    res: Response,
    status: number,
    model: Record<string, unknown>,
  ): Promise<void> {
    const staff = await this.queries.execute(new ListStaffAccounts());
    const me = req.principal!.accountId;
    res.status(status).render('identity/admin-staff-accounts', {
      staff: staff.map((member) => ({
        ...member,
        isMe: member.accountId === me,
        removable: member.accountId !== me && staff.length > 1,
      })),
      title: 'Staff accounts',
      breadcrumbs: [{ label: 'Staff accounts' }],
      help: [
        'The colleague is emailed a link to set a password (valid for 72 hours). At first login they set up an authenticator app.',
        'Removing an account ends its sessions at once. Nobody can remove their own account, and the last staff account cannot be removed.',
      ],
      ...model,
    });
  }
}
