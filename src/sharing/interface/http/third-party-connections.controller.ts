import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, Roles } from '../../../shared/web/authentication/auth.decorators';
import { AuthenticatedPrincipal } from '../../../shared/web/authentication/principal';
import { RequestConnection } from '../../application/commands/request-connection/request-connection.command';
import { GetSharedCandidatePhoto } from '../../application/queries/get-shared-candidate-photo/get-shared-candidate-photo.query';
import { GetSharedDocument } from '../../application/queries/get-shared-document/get-shared-document.query';
import {
  ListSharedDocuments,
  SharedDocumentsView,
} from '../../application/queries/list-shared-documents/list-shared-documents.query';
import { ListThirdPartyConnections } from '../../application/queries/list-third-party-connections/list-third-party-connections.query';
import { SharedFile } from '../../application/ports/shared-achievements';
import { readerOf } from '../reader-of';
import { SharedDocument } from '../../domain/connection-permission';
import { ConnectionPageQueryDto, ConnectionRequestDto } from '../dto/connection.requests';
import { ConnectionRequestThrottle } from './connection-throttles';
import { Paged, ThirdPartyConnectionView } from '../../application/views/connection-views';
import { sendAttachment } from '../../../shared/web/attachment';

export const REQUEST_RECEIVED = {
  status: 'received',
  message: 'Thank you. If the details match a candidate, they will be asked to approve your request.',
};

/** The employer portal's API: requests, connections, shared document cards and PDFs. */
@ApiTags('Sharing')
@Roles('third_party')
@Controller('api/v1/third-party')
export class ThirdPartyConnectionsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('connection-requests')
  @HttpCode(202)
  @ConnectionRequestThrottle()
  @ApiOperation({ summary: 'Ask a candidate for a connection; 202 whether or not a candidate matched' })
  async request(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Body() body: ConnectionRequestDto,
  ): Promise<typeof REQUEST_RECEIVED> {
    await this.commands.execute(
      new RequestConnection(
        principal.accountId,
        body.candidateNumber,
        body.surname,
        body.dateOfBirth,
        body.message?.trim() || null,
      ),
    );
    return REQUEST_RECEIVED;
  }

  @Get('connections')
  @ApiOperation({ summary: "The third party's connections; active ones name the candidate" })
  list(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Query() query: ConnectionPageQueryDto,
  ): Promise<Paged<ThirdPartyConnectionView>> {
    return this.queries.execute(
      new ListThirdPartyConnections(principal.accountId, query.page ?? 1, query.pageSize ?? 10),
    );
  }

  @Get('connections/:id/documents')
  @ApiOperation({ summary: 'The permitted document cards of an active connection (404 otherwise)' })
  documents(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
  ): Promise<SharedDocumentsView> {
    return this.queries.execute(new ListSharedDocuments(readerOf(principal), id));
  }

  @Get('connections/:id/documents/:certificateNumber/ecertificate.pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'A permitted eCertificate while the connection is active, else 404' })
  ecertificate(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
    @Param('certificateNumber') certificateNumber: string,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.download(principal, id, certificateNumber, 'ecertificate', res);
  }

  @Get('connections/:id/documents/:certificateNumber/etranscript.pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'A permitted eTranscript while the connection is active, else 404' })
  etranscript(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
    @Param('certificateNumber') certificateNumber: string,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.download(principal, id, certificateNumber, 'etranscript', res);
  }

  @Get('connections/:id/candidate-photo')
  @ApiProduces('image/*')
  @ApiOperation({ summary: "The candidate's profile photo while the connection is active" })
  async photo(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const photo: Buffer = await this.queries.execute(new GetSharedCandidatePhoto(readerOf(principal), id));
    res.set({ 'Content-Type': imageType(photo), 'Cache-Control': 'private, no-store' });
    return new StreamableFile(photo);
  }

  private async download(
    principal: AuthenticatedPrincipal,
    id: string,
    certificateNumber: string,
    document: SharedDocument,
    res: Response,
  ): Promise<StreamableFile> {
    const file: SharedFile = await this.queries.execute(
      new GetSharedDocument(readerOf(principal), id, certificateNumber, document),
    );
    return sendAttachment(res, file);
  }
}

function imageType(bytes: Buffer): string {
  if (bytes[0] === 0x89 && bytes[1] === 0x50) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'image/jpeg';
  return 'image/webp';
}
