import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { GetCredentialIssuer } from '../../application/queries/get-credential-issuer/get-credential-issuer.query';
import { GetCredentialStatusList } from '../../application/queries/get-credential-status-list/get-credential-status-list.query';
import { StatusListNotFoundError } from '../../domain/achievement.errors';

/** What anyone verifying an Open Badges credential fetches: the issuer's key and the revocation lists. */
@ApiTags('Credentials')
@Controller('api/v1/credentials')
export class CredentialsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('issuer')
  @ApiProduces('application/ld+json')
  @ApiOperation({
    summary:
      "The issuer Profile with its public key (Multikey): what credentials' issuer.id and proofs resolve to",
  })
  async issuer(@Res({ passthrough: true }) res: Response): Promise<Record<string, unknown>> {
    res.type('application/ld+json').set('Cache-Control', 'public, max-age=3600');
    return this.queries.execute(new GetCredentialIssuer());
  }

  @Get('status/:listId')
  @ApiProduces('application/ld+json')
  @ApiOperation({ summary: 'A signed BitstringStatusListCredential (revocation); 404 for an unknown list' })
  async statusList(
    @Param('listId') listId: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Record<string, unknown>> {
    if (!/^[1-9]\d{0,8}$/.test(listId)) throw new StatusListNotFoundError();
    const list: Record<string, unknown> = await this.queries.execute(
      new GetCredentialStatusList(Number(listId)),
    );
    // Verifiers must see a revocation promptly: they may keep a copy, but ask again each time.
    res.type('application/ld+json').set('Cache-Control', 'public, no-cache');
    return list;
  }
}
