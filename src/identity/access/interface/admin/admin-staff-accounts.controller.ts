import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { RequestActor } from '../../../../shared/application/audit-log';
import { RequestActorOf, Roles } from '../../../../shared/web/authentication/auth.decorators';
import { CreateStaffAccount } from '../../application/commands/create-staff-account/create-staff-account.command';
import { CreateStaffAccountRequest } from '../../../interface/dto/admin.requests';
import { RemoveStaffAccount } from '../../application/commands/remove-staff-account/remove-staff-account.command';
import {
  ListStaffAccounts,
  StaffMemberView,
} from '../../application/queries/list-staff-accounts/list-staff-accounts.query';

@ApiTags('Staff')
@Roles('staff')
@Controller('api/v1/admin/staff-accounts')
export class AdminStaffAccountsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Every staff account, by name' })
  @ApiOkResponse()
  async list(): Promise<{ items: StaffMemberView[] }> {
    return { items: await this.queries.execute(new ListStaffAccounts()) };
  }

  @Delete(':accountId')
  @HttpCode(204)
  @ApiOperation({
    summary: "Remove a colleague's staff account",
    description: '409 IDENTITY.CANNOT_REMOVE_SELF or IDENTITY.LAST_STAFF_MEMBER; 404 if not a staff account.',
  })
  @ApiNoContentResponse()
  async remove(@Param('accountId') accountId: string, @RequestActorOf() actor: RequestActor): Promise<void> {
    await this.commands.execute(new RemoveStaffAccount(accountId, actor));
  }

  @Post()
  @ApiOperation({
    summary:
      'Invite a colleague: they are emailed a link to set a password, then enrol an authenticator app at first login',
  })
  @ApiCreatedResponse({ description: '{accountId}' })
  async create(
    @Body() body: CreateStaffAccountRequest,
    @RequestActorOf() actor: RequestActor,
  ): Promise<{ accountId: string }> {
    const { accountId } = await this.commands.execute(new CreateStaffAccount(body, actor));
    return { accountId };
  }
}
