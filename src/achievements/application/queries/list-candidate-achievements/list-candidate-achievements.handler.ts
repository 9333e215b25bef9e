import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../shared/domain';
import { AchievementRepository } from '../../../domain/achievement.repository';
import { ukToday } from '../../../domain/calendar-date';
import { DocumentCard, toDocumentCard } from '../../views/document-card';
import { ListCandidateAchievements } from './list-candidate-achievements.query';

@QueryHandler(ListCandidateAchievements)
export class ListCandidateAchievementsHandler implements IQueryHandler<
  ListCandidateAchievements,
  DocumentCard[]
> {
  constructor(
    private readonly achievements: AchievementRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ candidateNumber }: ListCandidateAchievements): Promise<DocumentCard[]> {
    // An account not (yet) linked to a candidate record holds nothing.
    if (!candidateNumber) return [];
    const today = ukToday(this.clock.now());
    return (await this.achievements.listHeldBy(candidateNumber)).map((a) => toDocumentCard(a, today));
  }
}
