import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
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

  @Get(':code')
  @Throttle(VERIFICATION_THROTTLE)
  @ApiOperation({
    summary: 'Check a document by its verification code: valid, expired or revoked; 404 for an unknown code',
  })
  verify(@Param('code') code: string): Promise<VerificationResult> {
    return this.queries.execute(new VerifyDocument(code));
  }
}
