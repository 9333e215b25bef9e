import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AchievementRepository } from '../../../domain/achievement.repository';
import { CountCandidateAchievements } from './count-candidate-achievements.query';

@QueryHandler(CountCandidateAchievements)
export class CountCandidateAchievementsHandler implements IQueryHandler<CountCandidateAchievements, number> {
  constructor(private readonly achievements: AchievementRepository) {}

  async execute({ candidateNumber }: CountCandidateAchievements): Promise<number> {
    return candidateNumber ? this.achievements.countHeldBy(candidateNumber) : 0;
  }
}
