import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../shared/domain';
import { ukToday } from '../../../domain/calendar-date';
import { AchievementRecords } from '../../ports/achievement-records';
import { DocumentCard, documentCardOf } from '../../views/document-card';
import { ListCandidateAchievements } from './list-candidate-achievements.query';

@QueryHandler(ListCandidateAchievements)
export class ListCandidateAchievementsHandler implements IQueryHandler<
  ListCandidateAchievements,
  DocumentCard[]
> {
  constructor(
    private readonly records: AchievementRecords,
    private readonly clock: Clock,
  ) {}

  async execute({ candidateNumber }: ListCandidateAchievements): Promise<DocumentCard[]> {
    // An account not (yet) linked to a candidate record holds nothing.
    if (!candidateNumber) return [];
    const today = ukToday(this.clock.now());
    return (await this.records.heldBy(candidateNumber)).map((record) => documentCardOf(record, today));
  }
}
