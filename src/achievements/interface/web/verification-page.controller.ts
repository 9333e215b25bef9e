import {
  Controller,
  Get,
  HttpCode,
  HttpException,
  Param,
  Post,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiExcludeController } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import type { Response } from 'express';
import { validateForm } from '../../../shared/web/forms/validate-form';
import {
  VerificationResult,
  VerifyDocument,
} from '../../application/queries/verify-document/verify-document.query';
import {
  CheckUploadedDocument,
  UploadedDocumentCheck,
} from '../../application/queries/check-uploaded-document/check-uploaded-document.query';
import { VerificationNotFoundError } from '../../domain/achievement.errors';
import { VERIFICATION_THROTTLE } from '../http/verifications.controller';
import { DOCUMENT_CHECK_THROTTLE, UPLOAD_OPTIONS, uploadedPdf } from '../uploaded-pdf';
import { VerificationCodeForm } from '../dto/verification-form.dto';
import { credentialCheckView, documentCheckView } from './document-check-view';
import {
  CheckCredential,
  CredentialCheckResult,
} from '../../application/queries/check-credential/check-credential.query';

const HELP = [
  'Every eCertificate and eTranscript carries a verification code and a QR code. Scan the QR code, or type the code here, to see whether the document is genuine and still current.',
  'If you were sent the PDF itself, upload it: its digital signature shows whether it is exactly the file we issued, and its status today is shown too. The file is only read to check it, never opened or kept.',
  "Only the minimum is shown: the title, the holder's name, the dates and the certificate number. Compare them with the document you were given.",
];

const STATUS_TEXT: Record<VerificationResult['status'], { heading: string; explanation: string }> = {
  valid: { heading: 'Genuine and valid', explanation: 'This document was issued by us and is current.' },
  expired: {
    heading: 'Genuine but expired',
    explanation: 'This document was issued by us, but its expiry date has passed.',
  },
  revoked: {
    heading: 'Revoked',
    explanation: 'This document was issued by us but has since been revoked: it is no longer valid.',
  },
};

/** The public verification page: anyone checks a document by the code printed on it. */
@ApiExcludeController()
@Controller('verify')
export class VerificationPageController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  async form(@Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    // Opened without a form sent (no `code` at all): the empty form, without a complaint.
    const sent = query.code !== undefined;
    const form = await validateForm(VerificationCodeForm, query);
    if (sent && form.ok) return res.redirect(303, `/verify/${encodeURIComponent(form.value.code)}`);
    res.status(sent ? 400 : 200).render('achievements/verify', {
      title: 'Check a document',
      breadcrumbs: [{ label: 'Check a document' }],
      help: HELP,
      values: sent ? query : {},
      errors: sent && !form.ok ? form.errors : [],
    });
  }

  @Post('document')
  @HttpCode(200)
  @Throttle(DOCUMENT_CHECK_THROTTLE)
  @UseInterceptors(FileInterceptor('file', UPLOAD_OPTIONS))
  async checkDocument(
    @UploadedFile() file: { buffer: Buffer } | undefined,
    @Res() res: Response,
  ): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    const credential = credentialIn(file);
    if (credential) {
      const result: CredentialCheckResult = await this.queries.execute(new CheckCredential(credential));
      return res.render('achievements/credential-check', {
        title: 'Credential check',
        breadcrumbs: [{ label: 'Check a document', href: '/verify' }, { label: 'Credential check' }],
        help: HELP,
        result,
        view: credentialCheckView(
          result,
          (res.app.locals as unknown as { brand: { name: string } }).brand.name,
        ),
      });
    }
    let pdf: Buffer;
    try {
      pdf = uploadedPdf(file);
    } catch (error) {
      if (!(error instanceof HttpException)) throw error;
      return res.status(error.getStatus()).render('achievements/verify', {
        title: 'Check a document',
        breadcrumbs: [{ label: 'Check a document' }],
        help: HELP,
        uploadError: error.message,
      });
    }
    const check: UploadedDocumentCheck = await this.queries.execute(new CheckUploadedDocument(pdf));
    res.render('achievements/document-check', {
      title: 'PDF check',
      breadcrumbs: [{ label: 'Check a document', href: '/verify' }, { label: 'PDF check' }],
      help: HELP,
      check,
      view: documentCheckView(check, (res.app.locals as unknown as { brand: { name: string } }).brand.name),
    });
  }

  @Get(':code')
  @Throttle(VERIFICATION_THROTTLE)
  async verify(@Param('code') code: string, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    try {
      const result: VerificationResult = await this.queries.execute(new VerifyDocument(code));
      res.render('achievements/verification', {
        title: 'Document check',
        breadcrumbs: [{ label: 'Check a document', href: '/verify' }, { label: 'Result' }],
        help: HELP,
        result,
        status: {
          ...STATUS_TEXT[result.status],
          valid: result.status === 'valid',
          revoked: result.status === 'revoked',
        },
      });
    } catch (error) {
      if (!(error instanceof VerificationNotFoundError)) throw error;
      // The same page for a malformed and an unknown code: nothing tells which codes exist.
      // The code stays in the box, so a mistyped character can be corrected rather than typed again.
      res.status(404).render('achievements/verify', {
        title: 'Document not found',
        breadcrumbs: [{ label: 'Check a document' }],
        help: HELP,
        notFound: true,
        values: { code: code.slice(0, 100) },
      });
    }
  }
}

/** An uploaded Open Badges credential (a JSON object), or undefined for anything else. */
function credentialIn(file: { buffer: Buffer } | undefined): Record<string, unknown> | undefined {
  const text = file?.buffer.toString('utf8').trimStart();
  if (!text?.startsWith('{')) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
