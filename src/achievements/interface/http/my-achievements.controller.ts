import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { RequestActor } from '../../../shared/application/audit-log';
import { CurrentPrincipal, RequestActorOf, Roles } from '../../../shared/web/authentication/auth.decorators';
import { AuthenticatedPrincipal } from '../../../shared/web/authentication/principal';
import { FollowUpEnquiry } from '../../application/commands/follow-up-enquiry/follow-up-enquiry.command';
import { RaiseEnquiry } from '../../application/commands/raise-enquiry/raise-enquiry.command';
import { GetCandidateEnquiry } from '../../application/queries/get-candidate-enquiry/get-candidate-enquiry.query';
import { GetDocumentCard } from '../../application/queries/get-document-card/get-document-card.query';
import { GetAchievementCredential } from '../../application/queries/get-achievement-credential/get-achievement-credential.query';
import { GetDocumentPdf } from '../../application/queries/get-document-pdf/get-document-pdf.query';
import { ListCandidateAchievements } from '../../application/queries/list-candidate-achievements/list-candidate-achievements.query';
import { ListCandidateEnquiries } from '../../application/queries/list-candidate-enquiries/list-candidate-enquiries.query';
import { DocumentFile } from '../../application/services/achievement-documents';
import { DocumentCard } from '../../application/views/document-card';
import { EnquiryView } from '../../application/views/enquiry-view';
import { DocumentKind } from '../../domain/document-kind';
import { CandidateLookup } from '../candidate-lookup';
import { sendDocument } from '../document-download';
import { EnquiryMessageDto, PageQueryDto, RaiseEnquiryDto } from '../dto/achievement.dto';
import { paged } from './paged';

/** A candidate's own achievements, their PDFs and their enquiries (api.md "Achievements"). */
@ApiTags('Achievements')
@Roles('candidate')
@Controller('api/v1/me')
export class MyAchievementsController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
    private readonly candidates: CandidateLookup,
  ) {}

  @Get('achievements')
  @ApiOperation({ summary: 'The document cards of the logged-in candidate, newest issue first' })
  async list(@CurrentPrincipal() principal: AuthenticatedPrincipal, @Query() query: PageQueryDto) {
    const cards: DocumentCard[] = await this.queries.execute(
      new ListCandidateAchievements(await this.candidates.numberOf(principal)),
    );
    return paged(cards, query);
  }

  @Get('achievements/:certificateNumber')
  @ApiOperation({ summary: 'One document card with every field and which PDFs are available' })
  async card(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('certificateNumber') certificateNumber: string,
  ): Promise<DocumentCard> {
    return this.queries.execute(
      new GetDocumentCard(await this.candidates.numberOf(principal), certificateNumber),
    );
  }

  @Get('achievements/:certificateNumber/ecertificate.pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({
    summary: 'The eCertificate (422 ACHIEVEMENTS.DOCUMENT_NOT_AVAILABLE before 1 November 2017)',
  })
  ecertificate(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('certificateNumber') certificateNumber: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return this.download(principal, certificateNumber, 'ecertificate', res);
  }

  @Get('achievements/:certificateNumber/etranscript.pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({
    summary: 'The eTranscript (422 before 1 November 2017, for accreditations, or without units)',
  })
  etranscript(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('certificateNumber') certificateNumber: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return this.download(principal, certificateNumber, 'etranscript', res);
  }

  @Get('achievements/:certificateNumber/credential')
  @ApiProduces('application/ld+json')
  @ApiOperation({
    summary:
      'The Open Badges 3.0 credential (OpenBadgeCredential, eddsa-rdfc-2022 proof, BitstringStatusListEntry); 422 as for PDFs',
  })
  async credential(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('certificateNumber') certificateNumber: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Record<string, unknown>> {
    const credential: Record<string, unknown> = await this.queries.execute(
      new GetAchievementCredential(await this.candidates.numberOf(principal), certificateNumber),
    );
    res.type('application/ld+json');
    return credential;
  }

  @Post('achievements/:certificateNumber/enquiries')
  @ApiOperation({ summary: 'Raise an enquiry: tell staff what looks wrong (up to 2,000 characters)' })
  async raiseEnquiry(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @RequestActorOf() actor: RequestActor,
    @Param('certificateNumber') certificateNumber: string,
    @Body() body: RaiseEnquiryDto,
  ): Promise<{ enquiryId: string }> {
    const candidate = {
      accountId: principal.accountId,
      candidateNumber: await this.candidates.numberOf(principal),
    };
    return this.commands.execute(
      new RaiseEnquiry(candidate, certificateNumber, body.message, body.topic, actor),
    );
  }

  @Get('enquiries')
  @ApiOperation({ summary: "The candidate's enquiries with their messages and status" })
  async enquiries(@CurrentPrincipal() principal: AuthenticatedPrincipal, @Query() query: PageQueryDto) {
    const enquiries: EnquiryView[] = await this.queries.execute(
      new ListCandidateEnquiries(principal.accountId),
    );
    return paged(enquiries, query);
  }

  @Get('enquiries/:id')
  enquiry(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
  ): Promise<EnquiryView> {
    return this.queries.execute(new GetCandidateEnquiry(principal.accountId, id));
  }

  @Post('enquiries/:id/messages')
  @HttpCode(200)
  @ApiOperation({ summary: 'Add a message to an enquiry that is not resolved (it goes back to staff)' })
  followUp(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @RequestActorOf() actor: RequestActor,
    @Param('id') id: string,
    @Body() body: EnquiryMessageDto,
  ): Promise<EnquiryView> {
    return this.commands.execute(new FollowUpEnquiry(principal.accountId, id, body.message, actor));
  }

  private async download(
    principal: AuthenticatedPrincipal,
    certificateNumber: string,
    kind: DocumentKind,
    res: Response,
  ): Promise<StreamableFile> {
    const file: DocumentFile = await this.queries.execute(
      new GetDocumentPdf(await this.candidates.numberOf(principal), certificateNumber, kind),
    );
    return sendDocument(res, file);
  }
}
