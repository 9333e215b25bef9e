import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AchievementRepository } from '../../../domain/achievement.repository';
import { ListShareableAchievements, ShareableAchievement } from './list-shareable-achievements.query';

@QueryHandler(ListShareableAchievements)
export class ListShareableAchievementsHandler implements IQueryHandler<
  ListShareableAchievements,
  ShareableAchievement[]
> {
  constructor(private readonly achievements: AchievementRepository) {}

  async execute({ candidateNumber }: ListShareableAchievements): Promise<ShareableAchievement[]> {
    if (!candidateNumber) return [];
    return (await this.achievements.listHeldBy(candidateNumber)).map((a) => {
      const ecertificate = a.document('ecertificate');
      const etranscript = a.document('etranscript');
      return {
        certificateNumber: a.certificateNumber,
        kind: a.kind,
        title: a.title,
        qualificationNumber: a.qualificationNumber ?? null,
        issueDate: a.issueDate,
        shareable: a.isShareable(),
        documents: { ecertificate: ecertificate.available, etranscript: etranscript.available },
        reason: ecertificate.available ? null : (ecertificate.reason ?? null),
      };
    });
  }
}
