import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../shared/domain';
import { AchievementNotFoundError } from '../../../domain/achievement.errors';
import { AchievementRepository } from '../../../domain/achievement.repository';
import { ukToday } from '../../../domain/calendar-date';
import { DocumentCard, toDocumentCard } from '../../views/document-card';
import { GetDocumentCard } from './get-document-card.query';

@QueryHandler(GetDocumentCard)
export class GetDocumentCardHandler implements IQueryHandler<GetDocumentCard, DocumentCard> {
  constructor(
    private readonly achievements: AchievementRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ candidateNumber, certificateNumber }: GetDocumentCard): Promise<DocumentCard> {
    const achievement = await this.achievements.findByCertificateNumber(certificateNumber);
    if (!achievement || !achievement.isHeldBy(candidateNumber ?? undefined))
      throw new AchievementNotFoundError();
    return toDocumentCard(achievement, ukToday(this.clock.now()));
  }
}
