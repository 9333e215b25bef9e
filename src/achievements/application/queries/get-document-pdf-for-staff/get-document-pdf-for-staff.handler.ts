import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { AchievementNotFoundError } from '../../../domain/achievement.errors';
import { AchievementRepository } from '../../../domain/achievement.repository';
import { AchievementDocuments, DocumentFile } from '../../services/achievement-documents';
import { GetDocumentPdfForStaff } from './get-document-pdf-for-staff.query';

@QueryHandler(GetDocumentPdfForStaff)
export class GetDocumentPdfForStaffHandler implements IQueryHandler<GetDocumentPdfForStaff, DocumentFile> {
  constructor(
    private readonly achievements: AchievementRepository,
    private readonly documents: AchievementDocuments,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditLog,
  ) {}

  async execute({ certificateNumber, document, actor }: GetDocumentPdfForStaff): Promise<DocumentFile> {
    const achievement = await this.achievements.findByCertificateNumber(certificateNumber);
    if (!achievement) throw new AchievementNotFoundError();
    // Rendered first (outside any transaction: it may take a moment), recorded only once handed out.
    const file = await this.documents.pdf(achievement, document);
    await this.uow.run(async () => {
      this.audit.record({
        actorId: actor.accountId,
        action: 'achievements.document-downloaded-by-staff',
        targetType: 'achievement',
        targetId: achievement.certificateNumber,
        ip: actor.ip,
        details: { document },
      });
    });
    return file;
  }
}
