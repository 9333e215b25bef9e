import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, Roles } from '../../../shared/web/authentication/auth.decorators';
import { AuthenticatedPrincipal } from '../../../shared/web/authentication/principal';
import { validateForm } from '../../../shared/web/forms/validate-form';
import { paginationView } from '../../../shared/web/views/view-models';
import { AddConnection } from '../../application/commands/add-connection/add-connection.command';
import { ApproveConnection } from '../../application/commands/approve-connection/approve-connection.command';
import { ChangeConnectionExpiry } from '../../application/commands/change-connection-expiry/change-connection-expiry.command';
import { ChangeConnectionPermissions } from '../../application/commands/change-connection-permissions/change-connection-permissions.command';
import { DeclineConnection } from '../../application/commands/decline-connection/decline-connection.command';
import { DeleteConnection } from '../../application/commands/delete-connection/delete-connection.command';
import { RequestConnection } from '../../application/commands/request-connection/request-connection.command';
import { GetCandidateConnection } from '../../application/queries/get-candidate-connection/get-candidate-connection.query';
import { GetConnectionAccessLog } from '../../application/queries/get-connection-access-log/get-connection-access-log.query';
import { GetShareOptions } from '../../application/queries/get-share-options/get-share-options.query';
import { GetSharedDocument } from '../../application/queries/get-shared-document/get-shared-document.query';
import { ListCandidateConnections } from '../../application/queries/list-candidate-connections/list-candidate-connections.query';
import {
  ListSharedDocuments,
  SharedDocumentsView,
} from '../../application/queries/list-shared-documents/list-shared-documents.query';
import { ListThirdPartyConnections } from '../../application/queries/list-third-party-connections/list-third-party-connections.query';
import { SharedFile } from '../../application/ports/shared-achievements';
import {
  AccessRecordView,
  ConnectionView,
  Paged,
  ThirdPartyConnectionView,
} from '../../application/views/connection-views';
import { NoDocumentChosenError } from '../../domain/connection.errors';
import { ShareableDocumentSet } from '../../domain/connection-permission';
import { sendFile } from '../http/third-party-connections.controller';
import { readerOf } from '../reader-of';
import {
  ConnectionRequestForm,
  dateFrom,
  expiryFrom,
  FieldProblem,
  formProblems,
  permissionsFrom,
  ThirdPartyDetailsForm,
} from './connection-forms';
import { connectionRow, permissionRows, THIRD_PARTY_STATUS_LABELS } from './connection-page-models';

const HOME = { label: 'Candidate Home', href: '/home' };
const CONNECTIONS = { label: 'Connections', href: '/connections' };
const PAGE_SIZES = [10, 25, 50];
const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });

/** A page past the end (?page=99 of 2) shows the last page, not "Page 99 of 2" above an empty list. */
async function lastPageIfPast<T extends { totalPages: number }>(
  page: number,
  load: (page: number) => Promise<T>,
): Promise<T> {
  const list = await load(page);
  return page > list.totalPages ? load(list.totalPages) : list;
}

function pageOf(query: Record<string, unknown>): { page: number; pageSize: number } {
  const page = Math.max(1, Math.floor(Number(query.page)) || 1);
  const size = Number(query.pageSize);
  return { page, pageSize: PAGE_SIZES.includes(size) ? size : 10 };
}

/**
 * The Connections pages: for a candidate, the list, Add Connection, and per connection Extend,
 * Permission, Delete, Approve/Decline and the access log; for a third party (the employer portal),
 * its connections, the shared document cards and their PDFs, and requests to candidates.
 */
@ApiExcludeController()
@Roles('candidate', 'third_party')
@Controller('connections')
export class ConnectionPagesController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  @Get()
  async list(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const { page, pageSize } = pageOf(query);
    if (principal.role === 'third_party') {
      const list: Paged<ThirdPartyConnectionView> = await lastPageIfPast(page, (p) =>
        this.queries.execute(new ListThirdPartyConnections(principal.accountId, p, pageSize)),
      );
      return res.render('sharing/third-party-connections', {
        title: 'Connections',
        breadcrumbs: [{ label: 'Connections' }],
        help: [
          "The candidates who have shared documents with you. While a connection is active you can see the candidate's name, photo and the documents they chose.",
          'To ask a candidate for access, use Request a connection: they are emailed and must approve first.',
        ],
        requested: query.requested === '1',
        connections: list.items.map((c) => ({
          ...c,
          statusLabel: THIRD_PARTY_STATUS_LABELS[c.status],
          open: c.candidate !== null,
        })),
        pagination: paginationView(list, '/connections', query),
      });
    }
    const list: Paged<ConnectionView> = await lastPageIfPast(page, (p) =>
      this.queries.execute(new ListCandidateConnections(principal.accountId, p, pageSize)),
    );
    res.render('sharing/connections', {
      title: 'Connections',
      breadcrumbs: [HOME, { label: 'Connections' }],
      help: [
        'Share your achievements with employers, colleges and training providers. Add Connection sends them an email asking them to register (or log in) to see the documents you choose, until the expiry date.',
        'Extend changes the expiry date, Permission changes the documents, Delete ends their access at once.',
        'Certificates issued before 1 November 2017 have the document card only and cannot be shared.',
      ],
      notice: noticeFor(query),
      connections: list.items.map(connectionRow),
      pagination: paginationView(list, '/connections', query),
    });
  }

  @Get('new')
  @Roles('candidate')
  async addForm(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Query('certificate') certificate: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const options: ShareableDocumentSet[] = await this.queries.execute(
      new GetShareOptions(principal.accountId),
    );
    const preselected = options.find(
      (o) =>
        typeof certificate === 'string' &&
        o.certificateNumber === certificate.trim().toUpperCase() &&
        o.shareable,
    );
    const chosen = preselected
      ? [
          {
            certificateNumber: preselected.certificateNumber,
            documents: (['ecertificate', 'etranscript'] as const).filter((d) => preselected.documents[d]),
          },
        ]
      : [];
    this.renderAddForm(res, options, chosen, {}, []);
  }

  @Post()
  @Roles('candidate')
  async add(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const permissions = permissionsFrom(body);
    const details = await validateForm(
      ThirdPartyDetailsForm,
      pick(body, ['firstName', 'surname', 'email', 'company']),
    );
    const expiry = expiryFrom(body, false);
    const errors: FieldProblem[] = [
      ...(details.ok ? [] : details.errors),
      ...('problem' in expiry ? [expiry.problem] : []),
    ];
    if (permissions.length === 0)
      errors.push({ field: 'permissions', message: 'Choose at least one document to share' });
    const options = (): Promise<ShareableDocumentSet[]> =>
      this.queries.execute(new GetShareOptions(principal.accountId));
    if (errors.length > 0 || !details.ok || 'problem' in expiry) {
      res.status(400);
      return this.renderAddForm(res, await options(), permissions, body, errors);
    }
    try {
      await this.commands.execute(
        new AddConnection(principal.accountId, details.value, expiry.value, permissions),
      );
    } catch (error) {
      const problems = formProblems(error, 'permissions');
      if (!problems) throw error;
      res.status(422);
      return this.renderAddForm(res, await options(), permissions, body, problems);
    }
    res.redirect(303, '/connections?added=1');
  }

  @Get('request')
  @Roles('third_party')
  requestForm(@Res() res: Response): void {
    this.renderRequestForm(res, {}, []);
  }

  @Post('request')
  @Roles('third_party')
  async request(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const form = await validateForm(ConnectionRequestForm, pick(body, ['candidateNumber', 'surname']));
    const dateOfBirth = dateFrom(body, 'dateOfBirth');
    const errors: FieldProblem[] = form.ok ? [] : [...form.errors];
    if (!dateOfBirth)
      errors.push({
        field: 'dateOfBirth',
        message: "Enter the candidate's date of birth, for example 27 4 1990",
      });
    const message = typeof body.message === 'string' ? body.message.trim().slice(0, 1000) : '';
    if (!form.ok || !dateOfBirth || errors.length > 0) {
      res.status(400);
      return this.renderRequestForm(res, body, errors);
    }
    await this.commands.execute(
      new RequestConnection(
        principal.accountId,
        form.value.candidateNumber,
        form.value.surname,
        dateOfBirth,
        message || null,
      ),
    );
    res.redirect(303, '/connections?requested=1');
  }

  @Get(':id')
  async connection(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    if (principal.role === 'third_party') {
      const shared: SharedDocumentsView = await this.queries.execute(
        new ListSharedDocuments(readerOf(principal), id),
      );
      return res.render('sharing/shared-documents', {
        title: `Documents of ${shared.candidate.name}`,
        breadcrumbs: [CONNECTIONS, { label: shared.candidate.name }],
        help: [
          'The documents this candidate shares with you, until the expiry date. Downloads are recorded and shown to the candidate.',
        ],
        shared,
      });
    }
    await this.renderConnection(res, principal, id, query, {}, []);
  }

  @Get(':id/documents/:certificateNumber/:document')
  @Roles('third_party')
  async download(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
    @Param('certificateNumber') certificateNumber: string,
    @Param('document') document: string,
    @Res() res: Response,
  ): Promise<void> {
    const kind =
      document === 'ecertificate.pdf'
        ? 'ecertificate'
        : document === 'etranscript.pdf'
          ? 'etranscript'
          : null;
    if (!kind) return void res.status(404).render('errors/not-found', { title: 'Page not found' });
    const file: SharedFile = await this.queries.execute(
      new GetSharedDocument(readerOf(principal), id, certificateNumber, kind),
    );
    sendFile(res, file);
    res.end(file.content);
  }

  @Post(':id/expiry')
  @Roles('candidate')
  async extend(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const expiry = expiryFrom(body, true);
    if ('problem' in expiry || !expiry.value) {
      res.status(400);
      return this.renderConnection(res, principal, id, {}, body, [
        'problem' in expiry ? expiry.problem : { field: 'expiresAt', message: 'Enter the new expiry date' },
      ]);
    }
    try {
      await this.commands.execute(new ChangeConnectionExpiry(principal.accountId, id, expiry.value));
    } catch (error) {
      const problems = formProblems(error, 'expiresAt');
      if (!problems) throw error;
      res.status(422);
      return this.renderConnection(res, principal, id, {}, body, problems);
    }
    res.redirect(303, `/connections/${encodeURIComponent(id)}?updated=expiry`);
  }

  @Post(':id/permissions')
  @Roles('candidate')
  async permissions(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    try {
      await this.commands.execute(
        new ChangeConnectionPermissions(principal.accountId, id, permissionsFrom(body)),
      );
    } catch (error) {
      const problems = formProblems(error, 'permissions');
      if (!problems) throw error;
      const nothingChosen = error instanceof NoDocumentChosenError;
      res.status(nothingChosen ? 400 : 422);
      // Unticking everything means "stop sharing": the summary offers the way to do that.
      const action = nothingChosen
        ? { href: `/connections/${encodeURIComponent(id)}/delete`, label: 'Delete the connection instead' }
        : undefined;
      return this.renderConnection(res, principal, id, {}, { documents: [], ...body }, problems, action);
    }
    res.redirect(303, `/connections/${encodeURIComponent(id)}?updated=permissions`);
  }

  @Get(':id/delete')
  @Roles('candidate')
  async confirmDelete(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
    @Res() res: Response,
  ): Promise<void> {
    const connection: ConnectionView = await this.queries.execute(
      new GetCandidateConnection(principal.accountId, id),
    );
    res.render('sharing/delete-connection', {
      title: 'Delete connection',
      breadcrumbs: [HOME, CONNECTIONS, { label: 'Delete connection' }],
      help: [
        "Deleting a connection ends the third party's access to your documents at once. They are told by email. You can share with them again later.",
      ],
      connection: connectionRow(connection),
    });
  }

  @Post(':id/delete')
  @Roles('candidate')
  async remove(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
    @Res() res: Response,
  ): Promise<void> {
    await this.commands.execute(new DeleteConnection(principal.accountId, id));
    res.redirect(303, '/connections?deleted=1');
  }

  @Post(':id/approval')
  @Roles('candidate')
  async approve(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const expiry = expiryFrom(body, false);
    const permissions = permissionsFrom(body);
    const errors: FieldProblem[] = 'problem' in expiry ? [expiry.problem] : [];
    if (permissions.length === 0)
      errors.push({ field: 'permissions', message: 'Choose at least one document to share' });
    if (errors.length > 0 || 'problem' in expiry) {
      res.status(400);
      return this.renderConnection(res, principal, id, {}, body, errors);
    }
    try {
      await this.commands.execute(new ApproveConnection(principal.accountId, id, permissions, expiry.value));
    } catch (error) {
      const problems = formProblems(error, 'permissions');
      if (!problems) throw error;
      res.status(422);
      return this.renderConnection(res, principal, id, {}, body, problems);
    }
    res.redirect(303, `/connections/${encodeURIComponent(id)}?updated=approved`);
  }

  @Post(':id/decline')
  @Roles('candidate')
  async decline(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
    @Res() res: Response,
  ): Promise<void> {
    await this.commands.execute(new DeclineConnection(principal.accountId, id));
    res.redirect(303, '/connections?declined=1');
  }

  private renderAddForm(
    res: Response,
    options: ShareableDocumentSet[],
    chosen: Array<{ certificateNumber: string; documents: string[] }>,
    values: unknown,
    errors: FieldProblem[],
  ): void {
    res.render('sharing/add-connection', {
      title: 'Add Connection',
      breadcrumbs: [HOME, CONNECTIONS, { label: 'Add Connections' }],
      help: [
        "Enter the third party's details and tick the documents to share, then Send. They are emailed and asked to register (or log in) to see them.",
        'The expiry date sets how long they can see the documents. If you leave it blank, they get one month.',
      ],
      rows: permissionRows(options, chosen),
      hasShareable: options.some((o) => o.shareable),
      values,
      errors,
    });
  }

  private renderRequestForm(res: Response, values: unknown, errors: FieldProblem[]): void {
    res.render('sharing/request-connection', {
      title: 'Request a connection',
      breadcrumbs: [CONNECTIONS, { label: 'Request a connection' }],
      help: [
        "Give the candidate's number, surname and date of birth as they appear on their certificate. If they match a candidate, the candidate is emailed and decides whether to share documents with you.",
      ],
      values,
      errors,
    });
  }

  private async renderConnection(
    res: Response,
    principal: AuthenticatedPrincipal,
    id: string,
    query: Record<string, unknown>,
    values: Record<string, unknown>,
    errors: FieldProblem[],
    errorSummaryAction?: { href: string; label: string },
  ): Promise<void> {
    const connection: ConnectionView = await this.queries.execute(
      new GetCandidateConnection(principal.accountId, id),
    );
    const { page, pageSize } = pageOf(query);
    const log: Paged<AccessRecordView> = await this.queries.execute(
      new GetConnectionAccessLog(principal.accountId, id, page, pageSize),
    );
    const options: ShareableDocumentSet[] = await this.queries.execute(
      new GetShareOptions(principal.accountId),
    );
    const row = connectionRow(connection);
    const submitted =
      Object.keys(values).length > 0 && values.documents !== undefined
        ? permissionsFrom(values)
        : connection.permissions;
    res.render('sharing/connection', {
      title: `Connection with ${connection.company}`,
      breadcrumbs: [HOME, CONNECTIONS, { label: connection.company }],
      help: [
        'Extend changes how long the third party can see your documents (a date in the future). Permission changes which documents they see. Delete ends their access at once.',
        'The access log shows each time they viewed or downloaded your documents.',
      ],
      connection: row,
      updated: typeof query.updated === 'string' ? query.updated : undefined,
      rows: permissionRows(options, submitted),
      values: { expiresAt: connection.expiresAt?.slice(0, 10), ...values },
      errors,
      errorSummaryAction,
      log: log.items.map((item) => ({ ...item, when: WHEN.format(new Date(item.occurredAt)) })),
      logPagination: paginationView(log, `/connections/${id}`, query),
    });
  }
}

function pick(body: Record<string, unknown>, names: string[]): Record<string, unknown> {
  return Object.fromEntries(names.filter((n) => body[n] !== undefined).map((n) => [n, body[n]]));
}

function noticeFor(query: Record<string, unknown>): string | undefined {
  if (query.added === '1') return 'Connection saved. The third party has been emailed.';
  if (query.deleted === '1') return 'Connection deleted. The third party can no longer see your documents.';
  if (query.declined === '1') return 'Request declined. The third party has been told.';
  return undefined;
}
