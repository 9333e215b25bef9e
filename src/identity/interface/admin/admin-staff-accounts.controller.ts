import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RequestActor } from '../../../shared/application/audit-log';
import { RequestActorOf, Roles } from '../../../shared/web/authentication/auth.decorators';
import { CreateStaffAccount } from '../../application/commands/create-staff-account/create-staff-account.command';
import { CreateStaffAccountRequest } from '../dto/admin.requests';

@ApiTags('Staff')
@Roles('staff')
@Controller('api/v1/admin/staff-accounts')
export class AdminStaffAccountsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Invite a colleague: they are emailed a link to set a password, then enrol an authenticator app at first login' })
  @ApiCreatedResponse({ description: '{accountId}' })
  async create(@Body() body: CreateStaffAccountRequest, @RequestActorOf() actor: RequestActor): Promise<{ accountId: string }> {
    const { accountId } = await this.commands.execute(new CreateStaffAccount(body, actor));
    return { accountId };
  }
}
