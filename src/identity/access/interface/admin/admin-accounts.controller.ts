import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { IsIn } from 'class-validator';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RequestActor } from '../../../../shared/application/audit-log';
import { RequestActorOf, Roles } from '../../../../shared/web/authentication/auth.decorators';
import {
  AccountEmailKind,
  ResendAccountEmail,
} from '../../application/commands/resend-account-email/resend-account-email.command';
import { ReinstateAccount } from '../../application/commands/reinstate-account/reinstate-account.command';
import { SuspendAccount } from '../../application/commands/suspend-account/suspend-account.command';
import {
  GetAccountForStaff,
  StaffAccountView,
} from '../../application/queries/get-account-for-staff/get-account-for-staff.query';

class ResendEmailRequest {
  @IsIn(['activation', 'password-reset'])
  kind: AccountEmailKind;
}

/** Staff look after candidate and third-party accounts: read one, suspend it, reinstate it. */
@ApiTags('Staff')
@Roles('staff')
@Controller('api/v1/admin/accounts')
export class AdminAccountsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get(':accountId')
  @ApiOperation({ summary: 'A candidate or third-party account: status and profile' })
  @ApiOkResponse()
  one(@Param('accountId') accountId: string): Promise<StaffAccountView> {
    return this.queries.execute(new GetAccountForStaff(accountId));
  }

  @Post(':accountId/suspension')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Suspend: the account cannot log in (403 IDENTITY.ACCOUNT_SUSPENDED) and its sessions and tokens end at once',
    description:
      '409 IDENTITY.ACCOUNT_NOT_ACTIVE if it is not active; 409 IDENTITY.STAFF_NOT_SUSPENDABLE for staff.',
  })
  suspend(@Param('accountId') accountId: string, @RequestActorOf() actor: RequestActor) {
    return this.commands.execute(new SuspendAccount(accountId, actor));
  }

  @Post(':accountId/reinstatement')
  @HttpCode(200)
  @ApiOperation({ summary: 'Lift a suspension; 409 IDENTITY.ACCOUNT_NOT_SUSPENDED otherwise' })
  reinstate(@Param('accountId') accountId: string, @RequestActorOf() actor: RequestActor) {
    return this.commands.execute(new ReinstateAccount(accountId, actor));
  }

  @Post(':accountId/emails')
  @HttpCode(204)
  @ApiOperation({
    summary:
      'Send a fresh activation (email confirmation) or password reset link; earlier links of that kind stop working',
    description:
      'Body {kind: "activation" | "password-reset"}. 409 IDENTITY.EMAIL_ALREADY_VERIFIED or IDENTITY.ACCOUNT_NOT_USABLE.',
  })
  async resend(
    @Param('accountId') accountId: string,
    @Body() body: ResendEmailRequest,
    @RequestActorOf() actor: RequestActor,
  ): Promise<void> {
    await this.commands.execute(new ResendAccountEmail(accountId, body.kind, actor));
  }
}
