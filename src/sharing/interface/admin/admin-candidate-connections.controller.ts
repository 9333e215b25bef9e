import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequestActor } from '../../../shared/application/audit-log';
import { RequestActorOf, Roles } from '../../../shared/web/authentication/auth.decorators';
import { ListConnectionsForStaff } from '../../application/queries/list-connections-for-staff/list-connections-for-staff.query';
import { ConnectionView, Paged } from '../../application/views/connection-views';
import { ConnectionPageQueryDto } from '../dto/connection.requests';

/** Support staff: a candidate's connections, read-only; each look is audited. */
@ApiTags('Staff')
@Roles('staff')
@Controller('api/v1/admin/candidates')
export class AdminCandidateConnectionsController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':candidateNumber/connections')
  @ApiOperation({ summary: "A candidate's connections for support (read-only, audited)" })
  list(
    @Param('candidateNumber') candidateNumber: string,
    @Query() query: ConnectionPageQueryDto,
    @RequestActorOf() actor: RequestActor,
  ): Promise<Paged<ConnectionView>> {
    return this.queries.execute(
      new ListConnectionsForStaff(candidateNumber, query.page ?? 1, query.pageSize ?? 10, actor),
    );
  }
}
