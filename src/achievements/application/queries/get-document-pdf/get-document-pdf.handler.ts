import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AchievementNotFoundError } from '../../../domain/achievement.errors';
import { AchievementRecords } from '../../ports/achievement-records';
import { AchievementDocuments, DocumentFile } from '../../services/achievement-documents';
import { GetDocumentPdf } from './get-document-pdf.query';

/** The holder's PDF, from the achievement as recorded: one statement, and no aggregate to hydrate. */
@QueryHandler(GetDocumentPdf)
export class GetDocumentPdfHandler implements IQueryHandler<GetDocumentPdf, DocumentFile> {
  constructor(
    private readonly records: AchievementRecords,
    private readonly documents: AchievementDocuments,
  ) {}

  async execute({
    holderCandidateNumber,
    certificateNumber,
    document,
  }: GetDocumentPdf): Promise<DocumentFile> {
    const [achievement] = holderCandidateNumber
      ? await this.records.ofHolder(holderCandidateNumber, [certificateNumber])
      : [];
    if (!achievement) throw new AchievementNotFoundError();
    return this.documents.pdf(achievement, document);
  }
}
