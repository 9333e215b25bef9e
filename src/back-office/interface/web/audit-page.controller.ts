import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuditLog } from '../../../shared/application/audit-log';
import { AuditEntries } from '../../application/services/audit-entries';
import { Roles } from '../../../shared/web/authentication/auth.decorators';
import { paginationView } from '../../../shared/web/views/view-models';
import { positiveInt } from './page-notice';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Filter text staff may type; anything longer cannot be an action name or an id. */
function filter(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, 100) : undefined;
}

/**
 * The audit trail as a page: filter by action, actor or target; paged. Out-of-range paging is clamped
 * (the page never fails for a bad number), unlike the API, which answers 400.
 */
@ApiExcludeController()
@Roles('staff')
@Controller('admin/audit')
export class AuditPageController {
  constructor(
    private readonly audit: AuditLog,
    private readonly entries: AuditEntries,
  ) {}

  @Get()
  async list(@Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const page = positiveInt(query.page, 1);
    const pageSize = positiveInt(query.pageSize, 25, 100);
    const action = filter(query.action);
    const actor = filter(query.actorId);
    const target = filter(query.targetId);
    const { items, total } = await this.audit.list({
      page,
      pageSize,
      action,
      // The actor column is a uuid: anything else cannot match, so it is not asked.
      actorId: actor && UUID.test(actor) ? actor : undefined,
      targetId: target,
    });
    const list = { page, pageSize, totalItems: total, totalPages: Math.max(1, Math.ceil(total / pageSize)) };
    res.render('back-office/audit', {
      title: 'Audit trail',
      breadcrumbs: [{ label: 'Audit trail' }],
      help: [
        'Every staff action and every security event (logins, password changes, suspensions) is recorded here, newest first. Entries cannot be changed or removed.',
        'Filter by action (for example identity.account-suspended), by the id of the account that acted, or by the id of what was acted on.',
      ],
      values: { action: action ?? '', actorId: actor ?? '', targetId: target ?? '' },
      events: await this.entries.readable(items),
      pagination: paginationView(list, '/admin/audit', { action, actorId: actor, targetId: target }),
    });
  }
}
