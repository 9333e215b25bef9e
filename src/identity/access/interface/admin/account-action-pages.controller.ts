import { Controller, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainError } from '../../../../shared/domain';
import { Roles } from '../../../../shared/web/authentication/auth.decorators';
import { ResendAccountEmail } from '../../application/commands/resend-account-email/resend-account-email.command';
import { ReinstateAccount } from '../../application/commands/reinstate-account/reinstate-account.command';
import { SuspendAccount } from '../../application/commands/suspend-account/suspend-account.command';
import { saveSession } from '../../../interface/web/identity-session';

/** The buttons of the back office's candidate page: each posts here and comes back with a notice. */
@ApiExcludeController()
@Roles('staff')
@Controller('admin/accounts')
export class AccountActionPagesController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':accountId/suspension')
  suspend(@Param('accountId') accountId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.act(
      req,
      res,
      accountId,
      new SuspendAccount(accountId, actorOf(req)),
      'Suspended: the account cannot log in and its sessions have ended.',
    );
  }

  @Post(':accountId/reinstatement')
  reinstate(@Param('accountId') accountId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.act(
      req,
      res,
      accountId,
      new ReinstateAccount(accountId, actorOf(req)),
      'Reinstated: the account can log in again.',
    );
  }

  @Post(':accountId/activation-email')
  activation(
    @Param('accountId') accountId: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return this.act(
      req,
      res,
      accountId,
      new ResendAccountEmail(accountId, 'activation', actorOf(req)),
      'A new activation link was emailed.',
    );
  }

  @Post(':accountId/password-reset-email')
  passwordReset(
    @Param('accountId') accountId: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return this.act(
      req,
      res,
      accountId,
      new ResendAccountEmail(accountId, 'password-reset', actorOf(req)),
      'A password reset link was emailed.',
    );
  }

  private async act(
    req: Request,
    res: Response,
    accountId: string,
    command: object,
    done: string,
  ): Promise<void> {
    try {
      await this.commands.execute(command as never);
      req.session.notice = done;
    } catch (error) {
      // A state conflict (already suspended, say) is told on the page; anything else is the error page.
      if (!(error instanceof DomainError) || error.kind !== 'conflict') throw error;
      req.session.notice = error.message;
    }
    await saveSession(req);
    res.redirect(303, `/admin/candidates/${encodeURIComponent(accountId)}`);
  }
}

function actorOf(req: Request) {
  return { accountId: req.principal!.accountId, ip: req.ip ?? null };
}
