import { Body, Controller, Get, Next, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { NextFunction, Response } from 'express';
import { ukDateAt } from '../../../shared/domain';
import { CurrentPrincipal, Roles } from '../../../shared/web/authentication/auth.decorators';
import { AuthenticatedPrincipal } from '../../../shared/web/authentication/principal';
import { validateForm } from '../../../shared/web/forms/validate-form';
import { paginationView, pagingOf } from '../../../shared/web/views/view-models';
import { AddConnection } from '../../application/commands/add-connection/add-connection.command';
import { ApproveConnection } from '../../application/commands/approve-connection/approve-connection.command';
import { ChangeConnectionExpiry } from '../../application/commands/change-connection-expiry/change-connection-expiry.command';
import { ChangeConnectionPermissions } from '../../application/commands/change-connection-permissions/change-connection-permissions.command';
import { DeclineConnection } from '../../application/commands/decline-connection/decline-connection.command';
import { DeleteConnection } from '../../application/commands/delete-connection/delete-connection.command';
import { PermissionInput } from '../../application/connection-input';
import { GetCandidateConnection } from '../../application/queries/get-candidate-connection/get-candidate-connection.query';
import { GetConnectionAccessLog } from '../../application/queries/get-connection-access-log/get-connection-access-log.query';
import { GetShareOptions } from '../../application/queries/get-share-options/get-share-options.query';
import { ListCandidateConnections } from '../../application/queries/list-candidate-connections/list-candidate-connections.query';
import { AccessRecordView, ConnectionView, Paged } from '../../application/views/connection-views';
import { NoDocumentChosenError } from '../../domain/connection.errors';
import { ShareableDocumentSet } from '../../domain/connection-permission';
import {
  ConnectionPageQuery,
  DocumentsForm,
  ExpiryForm,
  expiryFrom,
  FieldProblem,
  formProblems,
  permissionsFrom,
  ThirdPartyDetailsForm,
} from './connection-forms';
import { connectionRow, permissionRows } from './connection-page-models';
import { CONNECTIONS, HOME, lastPageIfPast, pageQueryOf } from './connection-pages.common';

const NOT_A_DATE: FieldProblem = { field: 'expiresAt', message: 'Enter a real date, for example 31 1 2027' };
const CHOOSE_A_DOCUMENT: FieldProblem = {
  field: 'permissions',
  message: 'Choose at least one document to share',
};

/** What the candidate typed, shown again with the errors. */
interface Submitted {
  values: Record<string, unknown>;
  /** The ticked documents, when the form has the permissions table. */
  permissions?: PermissionInput[];
}

/**
 * The candidate's Connections pages: the list, Add Connection, and per connection Extend, Permission,
 * Delete, Approve/Decline and the access log. /connections and /connections/:id are the third party's
 * URLs too; this controller is registered before the third party's and passes a third party on to it
 * (and /connections/request, which is the third party's page, not a connection id).
 */
@ApiExcludeController()
@Roles('candidate')
@Controller('connections')
export class CandidateConnectionPagesController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  @Get()
  @Roles('candidate', 'third_party')
  async list(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Query() raw: Record<string, unknown>,
    @Res() res: Response,
    @Next() next: NextFunction,
  ): Promise<void> {
    if (principal.role !== 'candidate') return next();
    const query = await pageQueryOf(raw);
    const { page, pageSize } = pagingOf(query);
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
      pagination: paginationView(list, '/connections', { ...query }),
    });
  }

  @Get('new')
  async addForm(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Query('certificate') certificate: unknown,
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
  async add(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const details = await validateForm(ThirdPartyDetailsForm, body);
    const permissions = await this.ticked(body);
    const expiry = await this.expiryOf(body, false);
    const errors: FieldProblem[] = [
      ...(details.ok ? [] : details.errors),
      ...('problem' in expiry ? [expiry.problem] : []),
    ];
    if (permissions.length === 0) errors.push(CHOOSE_A_DOCUMENT);
    const options = (): Promise<ShareableDocumentSet[]> =>
      this.queries.execute(new GetShareOptions(principal.accountId));
    if (errors.length > 0 || !details.ok || 'problem' in expiry) {
      res.status(400);
      return this.renderAddForm(res, await options(), permissions, body, errors);
    }
    try {
      await this.commands.execute(
        new AddConnection(principal.accountId, details.value.thirdParty, expiry.value, permissions),
      );
    } catch (error) {
      const problems = formProblems(error, 'permissions');
      if (!problems) throw error;
      res.status(422);
      return this.renderAddForm(res, await options(), permissions, body, problems);
    }
    res.redirect(303, '/connections?added=1');
  }

  @Get(':id')
  @Roles('candidate', 'third_party')
  async connection(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
    @Query() raw: Record<string, unknown>,
    @Res() res: Response,
    @Next() next: NextFunction,
  ): Promise<void> {
    if (principal.role !== 'candidate' || id === 'request') return next();
    await this.renderConnection(res, principal, id, await pageQueryOf(raw), { values: {} }, []);
  }

  @Post(':id/expiry')
  async extend(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const expiry = await this.expiryOf(body, true);
    if ('problem' in expiry || !expiry.value) {
      res.status(400);
      const problems = [
        'problem' in expiry ? expiry.problem : { field: 'expiresAt', message: 'Enter the new expiry date' },
      ];
      return this.renderConnection(res, principal, id, new ConnectionPageQuery(), { values: body }, problems);
    }
    try {
      await this.commands.execute(new ChangeConnectionExpiry(principal.accountId, id, expiry.value));
    } catch (error) {
      const problems = formProblems(error, 'expiresAt');
      if (!problems) throw error;
      res.status(422);
      return this.renderConnection(res, principal, id, new ConnectionPageQuery(), { values: body }, problems);
    }
    res.redirect(303, `/connections/${encodeURIComponent(id)}?updated=expiry`);
  }

  @Post(':id/permissions')
  async permissions(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const permissions = await this.ticked(body);
    try {
      await this.commands.execute(new ChangeConnectionPermissions(principal.accountId, id, permissions));
    } catch (error) {
      const problems = formProblems(error, 'permissions');
      if (!problems) throw error;
      const nothingChosen = error instanceof NoDocumentChosenError;
      res.status(nothingChosen ? 400 : 422);
      // Unticking everything means "stop sharing": the summary offers the way to do that.
      const action = nothingChosen
        ? { href: `/connections/${encodeURIComponent(id)}/delete`, label: 'Delete the connection instead' }
        : undefined;
      return this.renderConnection(
        res,
        principal,
        id,
        new ConnectionPageQuery(),
        { values: body, permissions },
        problems,
        action,
      );
    }
    res.redirect(303, `/connections/${encodeURIComponent(id)}?updated=permissions`);
  }

  @Get(':id/delete')
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
  async remove(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
    @Res() res: Response,
  ): Promise<void> {
    await this.commands.execute(new DeleteConnection(principal.accountId, id));
    res.redirect(303, '/connections?deleted=1');
  }

  @Post(':id/approval')
  async approve(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const permissions = await this.ticked(body);
    const expiry = await this.expiryOf(body, false);
    const errors: FieldProblem[] = 'problem' in expiry ? [expiry.problem] : [];
    if (permissions.length === 0) errors.push(CHOOSE_A_DOCUMENT);
    const submitted = { values: body, permissions };
    if (errors.length > 0 || 'problem' in expiry) {
      res.status(400);
      return this.renderConnection(res, principal, id, new ConnectionPageQuery(), submitted, errors);
    }
    try {
      await this.commands.execute(new ApproveConnection(principal.accountId, id, permissions, expiry.value));
    } catch (error) {
      const problems = formProblems(error, 'permissions');
      if (!problems) throw error;
      res.status(422);
      return this.renderConnection(res, principal, id, new ConnectionPageQuery(), submitted, problems);
    }
    res.redirect(303, `/connections/${encodeURIComponent(id)}?updated=approved`);
  }

  @Post(':id/decline')
  async decline(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
    @Res() res: Response,
  ): Promise<void> {
    await this.commands.execute(new DeclineConnection(principal.accountId, id));
    res.redirect(303, '/connections?declined=1');
  }

  /** The ticked documents (the permissions table never fails to read: what is not a box we drew is dropped). */
  private async ticked(body: Record<string, unknown>): Promise<PermissionInput[]> {
    const form = await validateForm(DocumentsForm, body);
    return permissionsFrom(form.ok ? form.value.documents : []);
  }

  /** The expiry typed (null when left blank and not required), or the problem with it. */
  private async expiryOf(
    body: Record<string, unknown>,
    required: boolean,
  ): Promise<ReturnType<typeof expiryFrom>> {
    const form = await validateForm(ExpiryForm, body);
    return form.ok ? expiryFrom(form.value, required) : { problem: NOT_A_DATE };
  }

  private renderAddForm(
    res: Response,
    options: ShareableDocumentSet[],
    chosen: PermissionInput[],
    values: Record<string, unknown>,
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

  private async renderConnection(
    res: Response,
    principal: AuthenticatedPrincipal,
    id: string,
    query: ConnectionPageQuery,
    submitted: Submitted,
    errors: FieldProblem[],
    errorSummaryAction?: { href: string; label: string },
  ): Promise<void> {
    const connection: ConnectionView = await this.queries.execute(
      new GetCandidateConnection(principal.accountId, id),
    );
    const { page, pageSize } = pagingOf(query);
    const log: Paged<AccessRecordView> = await this.queries.execute(
      new GetConnectionAccessLog(principal.accountId, id, page, pageSize),
    );
    const options: ShareableDocumentSet[] = await this.queries.execute(
      new GetShareOptions(principal.accountId),
    );
    res.render('sharing/connection', {
      title: `Connection with ${connection.company}`,
      breadcrumbs: [HOME, CONNECTIONS, { label: connection.company }],
      help: [
        'Extend changes how long the third party can see your documents (a date in the future). Permission changes which documents they see. Delete ends their access at once.',
        'The access log shows each time they viewed or downloaded your documents.',
      ],
      connection: connectionRow(connection),
      updated: query.updated,
      rows: permissionRows(options, submitted.permissions ?? connection.permissions),
      values: {
        expiresAt: connection.expiresAt ? ukDateAt(new Date(connection.expiresAt)) : undefined,
        ...submitted.values,
      },
      errors,
      errorSummaryAction,
      log: log.items,
      logPagination: paginationView(log, `/connections/${id}`, { ...query }),
    });
  }
}

function noticeFor(query: ConnectionPageQuery): string | undefined {
  if (query.added === '1') return 'Connection saved. The third party has been emailed.';
  if (query.deleted === '1') return 'Connection deleted. The third party can no longer see your documents.';
  if (query.declined === '1') return 'Request declined. The third party has been told.';
  return undefined;
}
