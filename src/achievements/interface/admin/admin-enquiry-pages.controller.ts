import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { RequestActor } from '../../../shared/application/audit-log';
import { DomainError } from '../../../shared/domain';
import { RequestActorOf, Roles } from '../../../shared/web/authentication/auth.decorators';
import { problemsOf, validateForm } from '../../../shared/web/forms/validate-form';
import { paginationView } from '../../../shared/web/views/view-models';
import { ReplyToEnquiry } from '../../application/commands/reply-to-enquiry/reply-to-enquiry.command';
import { GetEnquiry } from '../../application/queries/get-enquiry/get-enquiry.query';
import { ListEnquiries, Paged } from '../../application/queries/list-enquiries/list-enquiries.query';
import { EnquiryView } from '../../application/views/enquiry-view';
import { ENQUIRY_MESSAGE_MAX, EnquiryStatus } from '../../domain/enquiry';
import { ENQUIRY_QUEUE_FILTERS, EnquiryQueueForm, EnquiryReplyForm } from '../dto/enquiry-form.dto';
import { cardView, STAFF_ENQUIRY_STATUS_LABELS } from '../web/page-models';

const CRUMBS = [
  { label: 'Staff Home', href: '/admin' },
  { label: 'Enquiries', href: '/admin/enquiries' },
];

/** The staff enquiry queue and the reply page. */
@ApiExcludeController()
@Roles('staff')
@Controller('admin/enquiries')
export class AdminEnquiryPagesController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  @Get()
  async queue(@Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    // A link that was tampered with shows the open enquiries, with what was wrong with it.
    const form = await validateForm(EnquiryQueueForm, query);
    const { status: filter, page, pageSize } = form.ok ? form.value : new EnquiryQueueForm();
    const list: Paged<EnquiryView> = await this.queries.execute(
      new ListEnquiries(filter === 'all' ? undefined : filter, page, pageSize),
    );
    res.status(form.ok ? 200 : 400).render('achievements/admin-enquiries', {
      title: 'Enquiries',
      breadcrumbs: [CRUMBS[0], { label: 'Enquiries' }],
      help: [
        'Enquiries from candidates about the details of their achievements, oldest first. Open one to reply; tick "Resolve" when nothing more is needed. The candidate is emailed each time.',
      ],
      errors: form.ok ? [] : form.errors,
      filters: ENQUIRY_QUEUE_FILTERS.map((value) => ({
        value,
        label: value === 'all' ? 'All' : STAFF_ENQUIRY_STATUS_LABELS[value],
        current: value === filter,
      })),
      enquiries: list.items.map((e) => ({ ...e, statusLabel: STAFF_ENQUIRY_STATUS_LABELS[e.status] })),
      pagination: paginationView(list, '/admin/enquiries', { status: filter }),
    });
  }

  @Get(':id')
  async enquiry(@Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.renderEnquiry(res, id, {}, []);
  }

  @Post(':id/replies')
  async reply(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @RequestActorOf() actor: RequestActor,
    @Res() res: Response,
  ): Promise<void> {
    const form = await validateForm(EnquiryReplyForm, body);
    if (!form.ok) {
      res.status(400);
      return this.renderEnquiry(res, id, body, form.errors);
    }
    try {
      await this.commands.execute(
        new ReplyToEnquiry(id, form.value.message, form.value.resolve === 'true', {
          accountId: actor.accountId!,
          ip: actor.ip,
        }),
      );
    } catch (error) {
      if (!(error instanceof DomainError) || (error.kind !== 'invalid' && error.kind !== 'conflict'))
        throw error;
      res.status(error.kind === 'invalid' ? 400 : 409);
      return this.renderEnquiry(res, id, body, problemsOf(error));
    }
    res.redirect(303, `/admin/enquiries/${encodeURIComponent(id)}?sent=1`);
  }

  private async renderEnquiry(
    res: Response,
    id: string,
    values: unknown,
    errors: Array<{ field: string; message: string }>,
  ): Promise<void> {
    const enquiry = await this.queries.execute(new GetEnquiry(id));
    res.render('achievements/admin-enquiry', {
      title: `Enquiry about ${enquiry.certificateNumber}`,
      breadcrumbs: [...CRUMBS, { label: enquiry.certificateNumber }],
      help: [
        'Check the details against the awarding records. Correct the achievement through the staff API if needed, then reply here.',
      ],
      enquiry: {
        ...enquiry,
        statusLabel: STAFF_ENQUIRY_STATUS_LABELS[enquiry.status as EnquiryStatus],
        resolved: enquiry.status === 'resolved',
        messages: enquiry.messages.map((m: EnquiryView['messages'][number]) => ({
          ...m,
          fromStaff: m.author === 'staff',
        })),
      },
      card: enquiry.achievement ? cardView(enquiry.achievement) : undefined,
      maxLength: ENQUIRY_MESSAGE_MAX,
      values,
      errors,
    });
  }
}
