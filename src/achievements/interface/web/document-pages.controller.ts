import { Body, Controller, Get, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { RequestActor } from '../../../shared/application/audit-log';
import { DomainError } from '../../../shared/domain';
import { CurrentPrincipal, RequestActorOf, Roles } from '../../../shared/web/authentication/auth.decorators';
import { AuthenticatedPrincipal } from '../../../shared/web/authentication/principal';
import { problemsOf, validateForm } from '../../../shared/web/forms/validate-form';
import { RaiseEnquiry } from '../../application/commands/raise-enquiry/raise-enquiry.command';
import { GetDocumentCard } from '../../application/queries/get-document-card/get-document-card.query';
import { GetAchievementCredential } from '../../application/queries/get-achievement-credential/get-achievement-credential.query';
import { GetDocumentPdf } from '../../application/queries/get-document-pdf/get-document-pdf.query';
import { GetCandidateNumber } from '../../application/queries/get-candidate-number/get-candidate-number.query';
import { GetHolderLinks } from '../../application/queries/get-holder-links/get-holder-links.query';
import { ListCandidateAchievements } from '../../application/queries/list-candidate-achievements/list-candidate-achievements.query';
import { DocumentCard } from '../../application/views/document-card';
import { HolderLinks } from '../../application/views/holder-links';
import { DocumentNotAvailableError } from '../../domain/achievement.errors';
import { DocumentKind } from '../../domain/document-kind';
import { ENQUIRY_MESSAGE_MAX } from '../../domain/enquiry';
import { sendDocument } from '../document-download';
import { EnquiryForm, EnquiryTopicQuery } from '../dto/enquiry-form.dto';
import { cardView, linkedInAddToProfileUrl, TOPIC_OPTIONS } from './page-models';

const DOCUMENTS_CRUMBS = [
  { label: 'Candidate Home', href: '/home' },
  { label: 'Documents', href: '/documents' },
];

const DOCUMENTS_HELP = [
  'Each card is one of your certificated achievements. Open the Actions menu on a card to see its details, download its eCertificate or eTranscript, share it with an employer, order a printed copy or a proof of qualification letter, or tell us if something on it is wrong.',
  'PDF versions (eCertificate and eTranscript) are only available for certificates issued on or after 1 November 2017; earlier ones have the document card only, and cannot be shared. Accreditations have an eCertificate and no eTranscript.',
  'Every PDF carries a verification code and a QR code, so whoever you give it to can check it is genuine. PDFs are also digitally signed: anyone can upload one on the verification page to check it has not been changed.',
  "Download credential (Open Badges 3.0) gives you a digital badge file to keep in a wallet or upload to a badge platform; Add to LinkedIn fills in LinkedIn's certification form with the link to check it.",
];

/** The candidate's Documents page, the document card, the PDFs and Raise an Enquiry (candidate guide, "Documents"). */
@ApiExcludeController()
@Roles('candidate')
@Controller('documents')
export class DocumentPagesController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  private numberOf(principal: AuthenticatedPrincipal): Promise<string | null> {
    return this.queries.execute(new GetCandidateNumber(principal.accountId, principal.candidateNumber));
  }

  /** The holder's own card (404 for anyone else's) and what its links to LinkedIn and the check need. */
  private holdersCard(
    principal: AuthenticatedPrincipal,
    certificateNumber: string,
  ): Promise<[DocumentCard, HolderLinks]> {
    return Promise.all([
      this.numberOf(principal).then((number) =>
        this.queries.execute(new GetDocumentCard(number, certificateNumber)),
      ),
      this.queries.execute(new GetHolderLinks()),
    ]);
  }

  @Get()
  async documents(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Res() res: Response,
  ): Promise<void> {
    const candidateNumber = await this.numberOf(principal);
    const [cards, links] = await Promise.all([
      this.queries.execute(new ListCandidateAchievements(candidateNumber)),
      this.queries.execute(new GetHolderLinks()),
    ]);
    res.render('achievements/documents', {
      title: 'Documents',
      breadcrumbs: [DOCUMENTS_CRUMBS[0], { label: 'Documents' }],
      help: DOCUMENTS_HELP,
      cards: cards.map((card: Parameters<typeof cardView>[0]) => cardView(card, links)),
      linked: Boolean(candidateNumber),
    });
  }

  @Get(':certificateNumber')
  async details(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('certificateNumber') certificateNumber: string,
    @Res() res: Response,
  ): Promise<void> {
    const [card, links] = await this.holdersCard(principal, certificateNumber);
    res.render('achievements/document-card', {
      title: `Certificate details: ${card.title}`,
      breadcrumbs: [...DOCUMENTS_CRUMBS, { label: 'Certificate Details' }],
      help: [
        "These are the details of your achievement as we hold them. Print this page with the Print button (or your browser's print command): the menus are left out of the printout.",
        'If anything here is wrong, choose Raise an Enquiry and tell us what needs correcting.',
      ],
      card: cardView(card, links),
    });
  }

  /** Add to LinkedIn: on to LinkedIn's certification form, filled in with this achievement. */
  @Get(':certificateNumber/linkedin')
  async addToLinkedIn(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('certificateNumber') certificateNumber: string,
    @Res() res: Response,
  ): Promise<void> {
    const [card, links] = await this.holdersCard(principal, certificateNumber);
    // Offered only with an eCertificate, like the credential: LinkedIn's entry links to the check of it.
    if (!card.documents.ecertificate)
      throw new DocumentNotAvailableError(
        card.documentReasons.ecertificate ?? 'This achievement has no eCertificate',
      );
    res.redirect(303, linkedInAddToProfileUrl(card, links));
  }

  /** The Open Badges 3.0 credential as a file to keep or load into a wallet. */
  @Get(':certificateNumber/credential.json')
  async credential(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('certificateNumber') certificateNumber: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const credential: Record<string, unknown> = await this.queries.execute(
      new GetAchievementCredential(await this.numberOf(principal), certificateNumber),
    );
    const content = Buffer.from(JSON.stringify(credential, null, 2));
    res.set({
      'Content-Type': 'application/ld+json',
      'Content-Disposition': `attachment; filename="credential-${certificateNumber.replace(/[^\w.-]/g, '_')}.json"`,
      'Cache-Control': 'private, no-store',
      'Content-Length': String(content.length),
    });
    return new StreamableFile(content);
  }

  @Get(':certificateNumber/ecertificate.pdf')
  ecertificate(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('certificateNumber') certificateNumber: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return this.download(principal, certificateNumber, 'ecertificate', res);
  }

  @Get(':certificateNumber/etranscript.pdf')
  etranscript(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('certificateNumber') certificateNumber: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return this.download(principal, certificateNumber, 'etranscript', res);
  }

  @Get(':certificateNumber/enquiries/new')
  async enquiryForm(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('certificateNumber') certificateNumber: string,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const card = await this.queries.execute(
      new GetDocumentCard(await this.numberOf(principal), certificateNumber),
    );
    // A link may choose the topic beforehand; one that is not a topic leaves the choice to the person.
    const chosen = await validateForm(EnquiryTopicQuery, query);
    this.renderEnquiryForm(res, card, { topic: (chosen.ok && chosen.value.topic) || '' }, []);
  }

  @Post(':certificateNumber/enquiries')
  async raiseEnquiry(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @RequestActorOf() actor: RequestActor,
    @Param('certificateNumber') certificateNumber: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const candidateNumber = await this.numberOf(principal);
    const card = await this.queries.execute(new GetDocumentCard(candidateNumber, certificateNumber));
    const form = await validateForm(EnquiryForm, body);
    if (!form.ok) {
      res.status(400);
      return this.renderEnquiryForm(res, card, body, form.errors);
    }
    try {
      const { enquiryId } = await this.commands.execute(
        new RaiseEnquiry(
          { accountId: principal.accountId, candidateNumber },
          card.certificateNumber,
          form.value.message,
          form.value.topic,
          actor,
        ),
      );
      res.redirect(303, `/enquiries/${enquiryId}?raised=1`);
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== 'invalid') throw error;
      res.status(400);
      this.renderEnquiryForm(res, card, body, problemsOf(error));
    }
  }

  private renderEnquiryForm(
    res: Response,
    card: Parameters<typeof cardView>[0],
    values: unknown,
    errors: Array<{ field: string; message: string }>,
  ): void {
    res.render('achievements/enquiry-form', {
      title: 'Raise an Enquiry',
      breadcrumbs: [...DOCUMENTS_CRUMBS, { label: 'Raise an Enquiry' }],
      help: [
        'Use this form when a detail of your achievement looks wrong: your name, the title, the grade, a date or a unit. Our staff check it against the awarding records and reply by email; you can also follow the enquiry on the Enquiries page.',
      ],
      card: cardView(card),
      topics: TOPIC_OPTIONS,
      maxLength: ENQUIRY_MESSAGE_MAX,
      values,
      errors,
    });
  }

  private async download(
    principal: AuthenticatedPrincipal,
    certificateNumber: string,
    kind: DocumentKind,
    res: Response,
  ): Promise<StreamableFile> {
    const file = await this.queries.execute(
      new GetDocumentPdf(await this.numberOf(principal), certificateNumber, kind),
    );
    return sendDocument(res, file);
  }
}
