import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AchievementNotFoundError } from '../../../domain/achievement.errors';
import { AchievementRepository } from '../../../domain/achievement.repository';
import { AchievementDocuments, DocumentFile } from '../../services/achievement-documents';
import { GetDocumentPdf } from './get-document-pdf.query';

@QueryHandler(GetDocumentPdf)
export class GetDocumentPdfHandler implements IQueryHandler<GetDocumentPdf, DocumentFile> {
  constructor(
    private readonly achievements: AchievementRepository,
    private readonly documents: AchievementDocuments,
  ) {}

  async execute({
    holderCandidateNumber,
    certificateNumber,
    document,
  }: GetDocumentPdf): Promise<DocumentFile> {
    const achievement = await this.achievements.findByCertificateNumber(certificateNumber);
    if (!achievement || !achievement.isHeldBy(holderCandidateNumber ?? undefined))
      throw new AchievementNotFoundError();
    return this.documents.pdf(achievement, document);
  }
}
