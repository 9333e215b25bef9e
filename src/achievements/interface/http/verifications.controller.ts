import { Controller, Get, HttpCode, Param, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import {
  CheckUploadedDocument,
  UploadedDocumentCheck,
} from '../../application/queries/check-uploaded-document/check-uploaded-document.query';
import { DOCUMENT_CHECK_THROTTLE, UPLOAD_OPTIONS, uploadedPdf } from '../uploaded-pdf';
import {
  VerificationResult,
  VerifyDocument,
} from '../../application/queries/verify-document/verify-document.query';

/**
 * Per client address and minute: plenty for people checking documents, far too few to try codes
 * (which are 80-bit random anyway).
 */
export const VERIFICATION_THROTTLE = { default: { limit: 30, ttl: 60_000 } };

@ApiTags('Verification')
@Controller('api/v1/verifications')
export class VerificationsController {
  constructor(private readonly queries: QueryBus) {}

  @Post('documents')
  @HttpCode(200)
  @Throttle(DOCUMENT_CHECK_THROTTLE)
  @UseInterceptors(FileInterceptor('file', UPLOAD_OPTIONS))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiOperation({
    summary:
      'Check a PDF (multipart "file", up to 10 MB): is its signature ours and intact, and is the document valid, expired or revoked; 413 too large, 415 not a PDF',
  })
  checkDocument(@UploadedFile() file: { buffer: Buffer } | undefined): Promise<UploadedDocumentCheck> {
    return this.queries.execute(new CheckUploadedDocument(uploadedPdf(file)));
  }

  @Get(':code')
  @Throttle(VERIFICATION_THROTTLE)
  @ApiOperation({
    summary: 'Check a document by its verification code: valid, expired or revoked; 404 for an unknown code',
  })
  verify(@Param('code') code: string): Promise<VerificationResult> {
    return this.queries.execute(new VerifyDocument(code));
  }
}
