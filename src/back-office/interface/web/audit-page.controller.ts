import { Controller, Get, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { pagedOf } from '../../../shared/application/paged';
import { ListAuditTrail } from '../../application/queries/list-audit-trail/list-audit-trail.query';
import { Roles } from '../../../shared/web/authentication/auth.decorators';
import { paginationView } from '../../../shared/web/views/view-models';
import { validateForm } from '../../../shared/web/forms/validate-form';
import type { FieldProblem } from '../../../shared/web/validation/validation-messages';
import { AuditFilterForm } from './back-office-forms';

/**
 * The audit trail as a page: filter by action, actor or target; paged. Out-of-range paging is clamped
 * (the page never fails for a bad number), unlike the API, which answers 400; a filter that cannot
 * match (an actor id that is no id) is shown back with what is wrong with it.
 */
@ApiExcludeController()
@Roles('staff')
@Controller('admin/audit')
export class AuditPageController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  async list(@Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const form = await validateForm(AuditFilterForm, query);
    if (!form.ok) return this.render(res.status(400), { values: query, errors: form.errors, events: [] });
    const { page, pageSize, action, actorId, targetId } = form.value;
    const { items, total } = await this.queries.execute(
      new ListAuditTrail({ page, pageSize, action, actorId, targetId }),
    );
    const trail = pagedOf(items, total, page, pageSize);
    this.render(res, {
      values: { action: action ?? '', actorId: actorId ?? '', targetId: targetId ?? '' },
      events: items,
      pagination: paginationView(trail, '/admin/audit', { action, actorId, targetId }),
    });
  }

  private render(
    res: Response,
    model: { values: object; events: unknown[]; errors?: FieldProblem[]; pagination?: unknown },
  ): void {
    res.render('back-office/audit', {
      title: 'Audit trail',
      breadcrumbs: [{ label: 'Audit trail' }],
      help: [
        'Every staff action and every security event (logins, password changes, suspensions) is recorded here, newest first. Entries cannot be changed or removed.',
        'Filter by action (for example identity.account-suspended), by the id of the account that acted, or by the id of what was acted on.',
      ],
      ...model,
    });
  }
}
