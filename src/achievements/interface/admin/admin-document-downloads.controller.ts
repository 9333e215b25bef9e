import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { RequestActor } from '../../../shared/application/audit-log';
import { RequestActorOf, Roles } from '../../../shared/web/authentication/auth.decorators';
import { GetDocumentPdfForStaff } from '../../application/queries/get-document-pdf-for-staff/get-document-pdf-for-staff.query';
import { sendDocument } from '../document-download';

/** Staff download any achievement's PDF for support and printing; each download is audited. */
@ApiTags('Staff: achievements')
@Roles('staff')
@Controller('api/v1/admin/achievements')
export class AdminDocumentDownloadsController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':certificateNumber/ecertificate.pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({
    summary:
      "Any achievement's eCertificate (audited); 422 ACHIEVEMENTS.DOCUMENT_NOT_AVAILABLE as for candidates",
  })
  async ecertificate(
    @Param('certificateNumber') certificateNumber: string,
    @RequestActorOf() actor: RequestActor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return sendDocument(
      res,
      await this.queries.execute(new GetDocumentPdfForStaff(certificateNumber, 'ecertificate', actor)),
    );
  }

  @Get(':certificateNumber/etranscript.pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: "Any achievement's eTranscript (audited)" })
  async etranscript(
    @Param('certificateNumber') certificateNumber: string,
    @RequestActorOf() actor: RequestActor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return sendDocument(
      res,
      await this.queries.execute(new GetDocumentPdfForStaff(certificateNumber, 'etranscript', actor)),
    );
  }
}
