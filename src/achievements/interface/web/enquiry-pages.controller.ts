import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { RequestActor } from '../../../shared/application/audit-log';
import { DomainError } from '../../../shared/domain';
import { CurrentPrincipal, RequestActorOf, Roles } from '../../../shared/web/authentication/auth.decorators';
import { AuthenticatedPrincipal } from '../../../shared/web/authentication/principal';
import { problemsOf, validateForm } from '../../../shared/web/forms/validate-form';
import { FollowUpEnquiry } from '../../application/commands/follow-up-enquiry/follow-up-enquiry.command';
import { GetCandidateEnquiry } from '../../application/queries/get-candidate-enquiry/get-candidate-enquiry.query';
import { ListCandidateEnquiries } from '../../application/queries/list-candidate-enquiries/list-candidate-enquiries.query';
import { EnquiryView } from '../../application/views/enquiry-view';
import { ENQUIRY_MESSAGE_MAX } from '../../domain/enquiry';
import { EnquiryMessageForm } from '../dto/enquiry-form.dto';
import { ENQUIRY_STATUS_LABELS } from './page-models';

const CRUMBS = [
  { label: 'Candidate Home', href: '/home' },
  { label: 'Enquiries', href: '/enquiries' },
];

/** The candidate's enquiries about their achievements and the replies from staff. */
@ApiExcludeController()
@Roles('candidate')
@Controller('enquiries')
export class EnquiryPagesController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  @Get()
  async list(@CurrentPrincipal() principal: AuthenticatedPrincipal, @Res() res: Response): Promise<void> {
    const enquiries: EnquiryView[] = await this.queries.execute(
      new ListCandidateEnquiries(principal.accountId),
    );
    res.render('achievements/enquiries', {
      title: 'Enquiries',
      breadcrumbs: [CRUMBS[0], { label: 'Enquiries' }],
      help: [
        'Your enquiries about the details of your achievements. To raise a new one, open the Actions menu of the achievement on your Documents page.',
      ],
      enquiries: enquiries.map((e) => ({ ...e, statusLabel: ENQUIRY_STATUS_LABELS[e.status] })),
    });
  }

  @Get(':id')
  async enquiry(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
    @Query('raised') raised: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const enquiry: EnquiryView = await this.queries.execute(new GetCandidateEnquiry(principal.accountId, id));
    this.renderEnquiry(res, enquiry, { raised: raised === '1' }, {}, []);
  }

  @Post(':id/messages')
  async followUp(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @RequestActorOf() actor: RequestActor,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const form = await validateForm(EnquiryMessageForm, body);
    if (!form.ok) {
      const enquiry: EnquiryView = await this.queries.execute(
        new GetCandidateEnquiry(principal.accountId, id),
      );
      res.status(400);
      return this.renderEnquiry(res, enquiry, {}, body, form.errors);
    }
    try {
      await this.commands.execute(new FollowUpEnquiry(principal.accountId, id, form.value.message, actor));
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== 'invalid') throw error;
      const enquiry: EnquiryView = await this.queries.execute(
        new GetCandidateEnquiry(principal.accountId, id),
      );
      res.status(400);
      return this.renderEnquiry(res, enquiry, {}, body, problemsOf(error));
    }
    res.redirect(303, `/enquiries/${encodeURIComponent(id)}?sent=1`);
  }

  private renderEnquiry(
    res: Response,
    enquiry: EnquiryView,
    flags: { raised?: boolean },
    values: unknown,
    errors: Array<{ field: string; message: string }>,
  ): void {
    res.render('achievements/enquiry', {
      title: `Enquiry about ${enquiry.achievementTitle}`,
      breadcrumbs: [...CRUMBS, { label: enquiry.certificateNumber }],
      help: [
        'Staff reply here and by email. While the enquiry is not resolved you can add to it, for example to answer a question from staff.',
      ],
      enquiry: {
        ...enquiry,
        statusLabel: ENQUIRY_STATUS_LABELS[enquiry.status],
        resolved: enquiry.status === 'resolved',
        messages: enquiry.messages.map((m) => ({ ...m, fromStaff: m.author === 'staff' })),
      },
      raised: flags.raised,
      maxLength: ENQUIRY_MESSAGE_MAX,
      values,
      errors,
    });
  }
}
