import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RequestActor } from '../../../../shared/application/audit-log';
import { RequestActorOf, Roles } from '../../../../shared/web/authentication/auth.decorators';
import { ApproveRegistration } from '../../application/commands/approve-registration/approve-registration.command';
import { RejectRegistration } from '../../application/commands/reject-registration/reject-registration.command';
import {
  ListRegistrations,
  RegistrationPage,
  RegistrationView,
} from '../../application/queries/list-registrations/list-registrations.query';
import {
  ApproveRegistrationRequest,
  ListRegistrationsRequest,
  RejectRegistrationRequest,
} from '../../../interface/dto/admin.requests';

@ApiTags('Staff')
@Roles('staff')
@Controller('api/v1/admin/registrations')
export class AdminRegistrationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'The authorisation queue (oldest first), each registration with the closest candidate records',
  })
  @ApiOkResponse()
  list(@Query() query: ListRegistrationsRequest): Promise<RegistrationPage> {
    return this.queries.execute(new ListRegistrations(query.status, query.page, query.pageSize));
  }

  @Get(':accountId')
  @ApiOperation({ summary: 'One registration with its suggested candidate records' })
  async one(@Param('accountId') accountId: string): Promise<RegistrationView> {
    const page = await this.queries.execute(new ListRegistrations('pending_authorisation', 1, 1, accountId));
    return page.items[0];
  }

  @Post(':accountId/approval')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Approve: link the account to the candidate record with this number (the candidate is emailed)',
    description:
      '404 unknown account or record; 409 IDENTITY.REGISTRATION_NOT_PENDING or IDENTITY.CANDIDATE_RECORD_ALREADY_LINKED.',
  })
  approve(
    @Param('accountId') accountId: string,
    @Body() body: ApproveRegistrationRequest,
    @RequestActorOf() actor: RequestActor,
  ) {
    return this.commands.execute(new ApproveRegistration(accountId, body.candidateNumber, actor));
  }

  @Post(':accountId/rejection')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject with a reason (the candidate is emailed the reason)' })
  reject(
    @Param('accountId') accountId: string,
    @Body() body: RejectRegistrationRequest,
    @RequestActorOf() actor: RequestActor,
  ) {
    return this.commands.execute(new RejectRegistration(accountId, body.reason, actor));
  }
}
