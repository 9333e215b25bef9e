import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, Roles } from '../../../shared/web/authentication/auth.decorators';
import { AuthenticatedPrincipal } from '../../../shared/web/authentication/principal';
import { validateForm } from '../../../shared/web/forms/validate-form';
import { paginationView, pagingOf } from '../../../shared/web/views/view-models';
import { RequestConnection } from '../../application/commands/request-connection/request-connection.command';
import { SharedFile } from '../../application/ports/shared-achievements';
import { GetSharedDocument } from '../../application/queries/get-shared-document/get-shared-document.query';
import {
  ListSharedDocuments,
  SharedDocumentsView,
} from '../../application/queries/list-shared-documents/list-shared-documents.query';
import { ListThirdPartyConnections } from '../../application/queries/list-third-party-connections/list-third-party-connections.query';
import { Paged, ThirdPartyConnectionView } from '../../application/views/connection-views';
import { sendAttachment } from '../../../shared/web/attachment';
import { readerOf } from '../reader-of';
import { ConnectionRequestForm, DateOfBirthForm, dateOf, FieldProblem } from './connection-forms';
import { THIRD_PARTY_STATUS_LABELS } from './connection-page-models';
import { CONNECTIONS, lastPageIfPast, pageQueryOf } from './connection-pages.common';

/**
 * The third party's Connections pages (the employer portal): its connections, the shared document
 * cards and their PDFs, and requests to candidates. /connections and /connections/:id are the
 * candidate's URLs too: the candidate's controller, registered first, passes a third party on to these.
 */
@ApiExcludeController()
@Roles('third_party')
@Controller('connections')
export class ThirdPartyConnectionPagesController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  @Get()
  async list(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Query() raw: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const query = await pageQueryOf(raw);
    const { page, pageSize } = pagingOf(query);
    const list: Paged<ThirdPartyConnectionView> = await lastPageIfPast(page, (p) =>
      this.queries.execute(new ListThirdPartyConnections(principal.accountId, p, pageSize)),
    );
    res.render('sharing/third-party-connections', {
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
      pagination: paginationView(list, '/connections', { ...query }),
    });
  }

  @Get('request')
  requestForm(@Res() res: Response): void {
    this.renderRequestForm(res, {}, []);
  }

  @Post('request')
  async request(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const form = await validateForm(ConnectionRequestForm, body);
    const birth = await validateForm(DateOfBirthForm, body);
    const errors: FieldProblem[] = form.ok ? [] : [...form.errors];
    const dateOfBirth = birth.ok ? dateOf(birth.value, 'dateOfBirth') : undefined;
    if (!dateOfBirth)
      errors.push({
        field: 'dateOfBirth',
        message: "Enter the candidate's date of birth, for example 27 4 1990",
      });
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
        form.value.message || null,
      ),
    );
    res.redirect(303, '/connections?requested=1');
  }

  @Get(':id')
  async documents(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
    @Res() res: Response,
  ): Promise<void> {
    const shared: SharedDocumentsView = await this.queries.execute(
      new ListSharedDocuments(readerOf(principal), id),
    );
    res.render('sharing/shared-documents', {
      title: `Documents of ${shared.candidate.name}`,
      breadcrumbs: [CONNECTIONS, { label: shared.candidate.name }],
      help: [
        'The documents this candidate shares with you, until the expiry date. Downloads are recorded and shown to the candidate.',
      ],
      shared,
    });
  }

  @Get(':id/documents/:certificateNumber/:document')
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
    sendAttachment(res, file);
    res.end(file.content);
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
}
