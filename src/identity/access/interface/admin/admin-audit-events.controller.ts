import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEvent, AuditLog } from '../../../../shared/application/audit-log';
import { Roles } from '../../../../shared/web/authentication/auth.decorators';
import { ListAuditEventsRequest } from '../../../interface/dto/admin.requests';

/** The audit trail for staff. It reads the shared AuditLog port directly: there is no rule to apply. */
@ApiTags('Staff')
@Roles('staff')
@Controller('api/v1/admin/audit-events')
export class AdminAuditEventsController {
  constructor(private readonly audit: AuditLog) {}

  @Get()
  @ApiOperation({ summary: 'Who did what, when (newest first); filter by action, actor or target' })
  @ApiOkResponse()
  async list(@Query() query: ListAuditEventsRequest): Promise<{
    items: AuditEvent[];
    page: number;
    pageSize: number;
    totalItems: number;
    totalPages: number;
  }> {
    const { items, total } = await this.audit.list(query);
    return {
      items,
      page: query.page,
      pageSize: query.pageSize,
      totalItems: total,
      totalPages: Math.max(1, Math.ceil(total / query.pageSize)),
    };
  }
}
