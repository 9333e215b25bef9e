import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { AuditEvent } from '../../../shared/application/audit-log';
import { Paged, pagedOf } from '../../../shared/application/paged';
import { Roles } from '../../../shared/web/authentication/auth.decorators';
import { PageRequest } from '../../../shared/web/validation/page.request';
import { ListAuditEvents } from '../../application/queries/list-audit-events/list-audit-events.query';

class ListAuditEventsRequest extends PageRequest {
  @ApiPropertyOptional({ example: 'identity.registration-approved' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  targetId?: string;
}

/** The audit trail for staff, every context's events in one list, as recorded. */
@ApiTags('Staff')
@Roles('staff')
@Controller('api/v1/admin/audit-events')
export class AdminAuditEventsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'Who did what, when (newest first); filter by action, actor or target' })
  @ApiOkResponse()
  async list(@Query() query: ListAuditEventsRequest): Promise<Paged<AuditEvent>> {
    const { page, pageSize, action, actorId, targetId } = query;
    const { items, total } = await this.queries.execute(
      new ListAuditEvents({ page, pageSize, action, actorId, targetId }),
    );
    return pagedOf(items, total, page, pageSize);
  }
}
