import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../../../shared/web/authentication/auth.decorators';
import { AuthenticatedPrincipal } from '../../../shared/web/authentication/principal';
import { AddConnection } from '../../application/commands/add-connection/add-connection.command';
import { ApproveConnection } from '../../application/commands/approve-connection/approve-connection.command';
import { ChangeConnectionExpiry } from '../../application/commands/change-connection-expiry/change-connection-expiry.command';
import { ChangeConnectionPermissions } from '../../application/commands/change-connection-permissions/change-connection-permissions.command';
import { DeclineConnection } from '../../application/commands/decline-connection/decline-connection.command';
import { DeleteConnection } from '../../application/commands/delete-connection/delete-connection.command';
import { GetCandidateConnection } from '../../application/queries/get-candidate-connection/get-candidate-connection.query';
import { GetConnectionAccessLog } from '../../application/queries/get-connection-access-log/get-connection-access-log.query';
import { ListCandidateConnections } from '../../application/queries/list-candidate-connections/list-candidate-connections.query';
import { AccessRecordView, ConnectionView, Paged } from '../../application/views/connection-views';
import { parseExpiry } from '../../domain/expiry';
import {
  AddConnectionDto,
  ApproveConnectionDto,
  ConnectionPageQueryDto,
  ExpiryDto,
  PermissionsDto,
} from '../dto/connection.requests';
import { expiryInput } from './expiry-input';

/** A candidate's connections (api.md "Sharing"): share, extend, change, delete, answer requests, see the access log. */
@ApiTags('Sharing')
@Roles('candidate')
@Controller('api/v1/me/connections')
export class MyConnectionsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOperation({ summary: "The candidate's connections, newest first (paged)" })
  list(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Query() query: ConnectionPageQueryDto,
  ): Promise<Paged<ConnectionView>> {
    return this.queries.execute(
      new ListCandidateConnections(principal.accountId, query.page ?? 1, query.pageSize ?? 10),
    );
  }

  @Post()
  @ApiOperation({
    summary:
      'Share documents with a third party (adding the same email again updates that connection); 422 for a document that cannot be shared',
  })
  async add(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Body() body: AddConnectionDto,
  ): Promise<ConnectionView> {
    const { connectionId } = await this.commands.execute(
      new AddConnection(
        principal.accountId,
        { firstName: body.firstName, surname: body.surname, email: body.email, company: body.company },
        expiryInput(body.expiresAt),
        body.permissions,
      ),
    );
    return this.queries.execute(new GetCandidateConnection(principal.accountId, connectionId));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One connection' })
  get(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
  ): Promise<ConnectionView> {
    return this.queries.execute(new GetCandidateConnection(principal.accountId, id));
  }

  @Put(':id/expiry')
  @ApiOperation({ summary: 'Extend or reduce the expiry (must be in the future)' })
  async expiry(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
    @Body() body: ExpiryDto,
  ): Promise<ConnectionView> {
    await this.commands.execute(
      new ChangeConnectionExpiry(principal.accountId, id, parseExpiry(body.expiresAt)),
    );
    return this.queries.execute(new GetCandidateConnection(principal.accountId, id));
  }

  @Put(':id/permissions')
  @ApiOperation({ summary: 'Replace the shared documents' })
  async permissions(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
    @Body() body: PermissionsDto,
  ): Promise<ConnectionView> {
    await this.commands.execute(new ChangeConnectionPermissions(principal.accountId, id, body.permissions));
    return this.queries.execute(new GetCandidateConnection(principal.accountId, id));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete the connection: access ends at once' })
  async remove(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
  ): Promise<void> {
    await this.commands.execute(new DeleteConnection(principal.accountId, id));
  }

  @Post(':id/approval')
  @HttpCode(200)
  @ApiOperation({ summary: "Approve a third party's request, choosing documents and expiry" })
  async approve(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
    @Body() body: ApproveConnectionDto,
  ): Promise<ConnectionView> {
    await this.commands.execute(
      new ApproveConnection(principal.accountId, id, body.permissions, expiryInput(body.expiresAt)),
    );
    return this.queries.execute(new GetCandidateConnection(principal.accountId, id));
  }

  @Post(':id/decline')
  @HttpCode(200)
  @ApiOperation({ summary: "Decline a third party's request" })
  async decline(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
  ): Promise<ConnectionView> {
    await this.commands.execute(new DeclineConnection(principal.accountId, id));
    return this.queries.execute(new GetCandidateConnection(principal.accountId, id));
  }

  @Get(':id/access-log')
  @ApiOperation({ summary: 'Views and downloads by the third party, newest first (paged)' })
  accessLog(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
    @Query() query: ConnectionPageQueryDto,
  ): Promise<Paged<AccessRecordView>> {
    return this.queries.execute(
      new GetConnectionAccessLog(principal.accountId, id, query.page ?? 1, query.pageSize ?? 10),
    );
  }
}
