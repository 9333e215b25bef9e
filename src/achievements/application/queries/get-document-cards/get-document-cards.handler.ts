import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../shared/domain';
import { AchievementRepository } from '../../../domain/achievement.repository';
import { ukToday } from '../../../domain/calendar-date';
import { DocumentCard, toDocumentCard } from '../../views/document-card';
import { GetDocumentCards } from './get-document-cards.query';

@QueryHandler(GetDocumentCards)
export class GetDocumentCardsHandler implements IQueryHandler<GetDocumentCards, DocumentCard[]> {
  constructor(
    private readonly achievements: AchievementRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ candidateNumber, certificateNumbers }: GetDocumentCards): Promise<DocumentCard[]> {
    if (certificateNumbers.length === 0) return [];
    const today = ukToday(this.clock.now());
    const found = await this.achievements.findByCertificateNumbers(certificateNumbers);
    return found
      .filter((achievement) => achievement.isHeldBy(candidateNumber))
      .map((achievement) => toDocumentCard(achievement, today));
  }
}
