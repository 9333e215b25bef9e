import { Controller, Delete, Get, HttpCode, Put, Req, Res, StreamableFile } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBody,
  ApiConsumes,
  ApiNoContentResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { NotFoundError } from '../../../../shared/domain';
import { Authenticated, CurrentPrincipal } from '../../../../shared/web/authentication/auth.decorators';
import type { AuthenticatedPrincipal } from '../../../../shared/web/authentication/principal';
import { RemoveProfilePhoto } from '../../application/commands/remove-profile-photo/remove-profile-photo.command';
import { SetProfilePhoto } from '../../application/commands/set-profile-photo/set-profile-photo.command';
import { GetCandidatePhoto } from '../../application/queries/get-candidate-photo/get-candidate-photo.query';
import { CandidatePhoto } from '../../application/views/candidate-photo';
import { PhotoUploadThrottle, readPhotoUpload } from './photo-upload';

/** The owner's profile photo (api.md "Identity"). Third parties see it through Sharing's connection routes. */
@ApiTags('Identity')
@Authenticated()
@Controller('api/v1/me/photo')
export class MePhotoController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiProduces('image/webp')
  @ApiOperation({ summary: 'The profile photo (350 x 350); 404 when there is none' })
  async photo(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile | undefined> {
    const photo: CandidatePhoto | null = await this.queries.execute(
      new GetCandidatePhoto(principal.accountId),
    );
    if (!photo) throw new NotFoundError('IDENTITY.PHOTO_NOT_FOUND', 'There is no profile photo.');
    const etag = `"${photo.version}"`;
    // Personal data: never stored by a browser or a shared cache (revalidated by ETag while the page is open).
    res.set({
      'Content-Type': photo.contentType,
      'Cache-Control': 'private, no-store',
      ETag: etag,
    });
    if (req.headers['if-none-match'] === etag) {
      res.status(304);
      return undefined;
    }
    res.set('Content-Length', String(photo.content.length));
    return new StreamableFile(photo.content);
  }

  @Put()
  @HttpCode(204)
  @PhotoUploadThrottle()
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['photo'],
      properties: { photo: { type: 'string', format: 'binary' } },
    },
  })
  @ApiOperation({
    summary: 'Upload the profile photo (JPEG, PNG or WebP, at most 5 MB)',
    description:
      'Judged by its content, not its name: anything else is 415. Stored re-encoded as a 350 x 350 WebP without metadata.',
  })
  @ApiNoContentResponse()
  async upload(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    const upload = await readPhotoUpload(req, res);
    await this.commands.execute(new SetProfilePhoto(principal.accountId, upload));
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove the profile photo' })
  @ApiNoContentResponse()
  async remove(@CurrentPrincipal() principal: AuthenticatedPrincipal): Promise<void> {
    await this.commands.execute(new RemoveProfilePhoto(principal.accountId));
  }
}
