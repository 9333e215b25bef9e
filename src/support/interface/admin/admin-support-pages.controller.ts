import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainError } from '../../../shared/domain';
import { Roles } from '../../../shared/web/authentication/auth.decorators';
import { problemsOf, validateForm } from '../../../shared/web/forms/validate-form';
import type { FieldProblem } from '../../../shared/web/validation/validation-messages';
import { AddFaqEntry } from '../../application/commands/add-faq-entry/add-faq-entry.command';
import { RemoveFaqEntry } from '../../application/commands/remove-faq-entry/remove-faq-entry.command';
import { ReviseFaqEntry } from '../../application/commands/revise-faq-entry/revise-faq-entry.command';
import { ReviseSupportContact } from '../../application/commands/revise-support-contact/revise-support-contact.command';
import { GetSupportContact } from '../../application/queries/get-support-contact/get-support-contact.query';
import { ListAllFaqEntries } from '../../application/queries/list-all-faq-entries/list-all-faq-entries.query';
import { FaqEntryForm, SupportContactRequest } from '../dto/faq-entry.requests';

/** What a staff page shows besides its own data: a notice, the form's values and its errors. */
interface PageModel {
  notice?: string;
  values?: object;
  errors?: FieldProblem[];
}

const FAQ_HELP = [
  'Entries are shown on the public FAQ page in order of position, lowest first. Giving an entry a position another entry has swaps the two.',
  'Answers may be plain text or limited Markdown: blank lines between paragraphs, **bold**, *italic*, lists and links like [text](https://example.com). HTML is shown as text, and only web and email links work.',
];

/** Staff pages of Support: the FAQ entries and the support contact details. */
@ApiExcludeController()
@Roles('staff')
@Controller('admin')
export class AdminSupportPagesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('faq')
  async faq(@Req() req: Request, @Res() res: Response): Promise<void> {
    await this.renderList(req, res, 200, {});
  }

  @Post('faq')
  async add(@Req() req: Request, @Res() res: Response, @Body() body: Record<string, unknown>): Promise<void> {
    const form = await validateForm(FaqEntryForm, body);
    if (!form.ok) return this.renderList(req, res, 400, { errors: form.errors, values: body });
    try {
      await this.commands.execute(new AddFaqEntry(form.value, actorOf(req)));
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== 'invalid') throw error;
      return this.renderList(req, res, 400, { errors: problemsOf(error), values: body });
    }
    return done(req, res, '/admin/faq', 'The entry was added.');
  }

  @Get('faq/:id')
  async entry(@Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.renderEntry(res, 200, id, {});
  }

  @Post('faq/:id')
  async revise(
    @Param('id') id: string,
    @Req() req: Request,
    @Res() res: Response,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const form = await validateForm(FaqEntryForm, body);
    if (!form.ok) return this.renderEntry(res, 400, id, { errors: form.errors, values: body });
    try {
      await this.commands.execute(new ReviseFaqEntry(id, form.value, actorOf(req)));
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== 'invalid') throw error;
      return this.renderEntry(res, 400, id, { errors: problemsOf(error), values: body });
    }
    return done(req, res, '/admin/faq', 'The entry was saved.');
  }

  @Post('faq/:id/removal')
  async remove(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.commands.execute(new RemoveFaqEntry(id, actorOf(req)));
    return done(req, res, '/admin/faq', 'The entry was removed.');
  }

  @Get('support')
  async contact(@Req() req: Request, @Res() res: Response): Promise<void> {
    const contact = await this.queries.execute(new GetSupportContact());
    this.renderContact(res, 200, { values: contact, notice: takeNotice(req) });
  }

  @Post('support')
  async reviseContact(
    @Req() req: Request,
    @Res() res: Response,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const form = await validateForm(SupportContactRequest, body);
    if (!form.ok) return this.renderContact(res, 400, { errors: form.errors, values: body });
    try {
      await this.commands.execute(new ReviseSupportContact(form.value, actorOf(req)));
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== 'invalid') throw error;
      return this.renderContact(res, 400, { errors: problemsOf(error), values: body });
    }
    return done(req, res, '/admin/support', 'The contact details were saved.');
  }

  private async renderList(req: Request, res: Response, status: number, model: PageModel): Promise<void> {
    const entries = await this.queries.execute(new ListAllFaqEntries());
    res.status(status).render('support/admin-faq', {
      title: 'FAQ',
      breadcrumbs: [{ label: 'FAQ' }],
      help: FAQ_HELP,
      notice: takeNotice(req),
      entries,
      values: { published: 'true' },
      ...model,
    });
  }

  private async renderEntry(res: Response, status: number, id: string, model: PageModel): Promise<void> {
    const entries = await this.queries.execute(new ListAllFaqEntries());
    const entry = entries.find((e) => e.id === id);
    if (!entry) return res.status(404).render('errors/not-found', { title: 'Page not found' });
    res.status(status).render('support/admin-faq-entry', {
      title: 'Edit an FAQ entry',
      breadcrumbs: [{ label: 'FAQ', href: '/admin/faq' }, { label: 'Edit an entry' }],
      help: FAQ_HELP,
      entry,
      values: {
        question: entry.question,
        answer: entry.answer,
        position: String(entry.position),
        published: entry.published ? 'true' : '',
      },
      ...model,
    });
  }

  private renderContact(res: Response, status: number, model: PageModel): void {
    res.status(status).render('support/admin-support', {
      title: 'Support contact details',
      breadcrumbs: [{ label: 'Support contact details' }],
      help: [
        'These details are shown on the public Support page. Notes may use limited Markdown, like FAQ answers.',
      ],
      ...model,
    });
  }
}

function actorOf(req: Request) {
  return { accountId: req.principal!.accountId, ip: req.ip ?? null };
}

function takeNotice(req: Request): string | undefined {
  const notice = req.session?.notice;
  if (notice) delete req.session.notice;
  return notice;
}

async function done(req: Request, res: Response, to: string, notice: string): Promise<void> {
  req.session.notice = notice;
  await new Promise<void>((resolve, reject) =>
    req.session.save((error) => (error ? reject(error) : resolve())),
  );
  res.redirect(303, to);
}
