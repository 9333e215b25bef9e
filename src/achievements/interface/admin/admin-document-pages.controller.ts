import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainError } from '../../../shared/domain';
import { Roles } from '../../../shared/web/authentication/auth.decorators';
import { validateForm } from '../../../shared/web/forms/validate-form';
import { GetAchievement } from '../../application/queries/get-achievement/get-achievement.query';
import { GetDocumentPdfForStaff } from '../../application/queries/get-document-pdf-for-staff/get-document-pdf-for-staff.query';
import { DocumentKind } from '../../domain/document-kind';
import { sendDocument } from '../document-download';
import { DocumentSearchForm } from '../dto/achievement-forms.dto';

const KINDS: Record<string, DocumentKind> = {
  'ecertificate.pdf': 'ecertificate',
  'etranscript.pdf': 'etranscript',
};

/** Document Downloads: staff find an achievement by certificate number and download its PDFs (audited). */
@ApiExcludeController()
@Roles('staff')
@Controller('admin/documents')
export class AdminDocumentPagesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  async find(@Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const form = await validateForm(DocumentSearchForm, query);
    const model: Record<string, unknown> = { values: query };
    const certificateNumber = form.ok ? form.value.certificateNumber : undefined;
    if (!form.ok) {
      model.errors = form.errors;
      res.status(400);
    } else if (certificateNumber) {
      try {
        model.achievement = await this.queries.execute(new GetAchievement(certificateNumber));
      } catch (error) {
        if (!(error instanceof DomainError) || error.kind !== 'not_found') throw error;
        model.errors = [
          { field: 'certificateNumber', message: 'No achievement has this certificate number' },
        ];
        res.status(404);
      }
    }
    res.render('achievements/admin-documents', {
      title: 'Document downloads',
      breadcrumbs: [{ label: 'Document downloads' }],
      help: [
        'Enter a certificate number to download its eCertificate or eTranscript, for support or for printing.',
        'Every download is recorded in the audit trail. Documents are not available for achievements issued before 1 November 2017, and an eTranscript only where there are units.',
      ],
      ...model,
    });
  }

  @Get(':certificateNumber/:file')
  async download(
    @Param('certificateNumber') certificateNumber: string,
    @Param('file') file: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const kind = KINDS[file];
    if (!kind) return res.status(404).render('errors/not-found', { title: 'Page not found' });
    const pdf = await this.queries.execute(
      new GetDocumentPdfForStaff(certificateNumber, kind, {
        accountId: req.principal!.accountId,
        ip: req.ip ?? null,
      }),
    );
    sendDocument(res, pdf);
    res.send(pdf.content);
  }
}
