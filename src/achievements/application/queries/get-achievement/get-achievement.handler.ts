import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../shared/domain';
import { AchievementNotFoundError } from '../../../domain/achievement.errors';
import { AchievementRepository } from '../../../domain/achievement.repository';
import { ukToday } from '../../../domain/calendar-date';
import { DocumentCard, toDocumentCard } from '../../views/document-card';
import { GetAchievement } from './get-achievement.query';

export type StaffAchievementView = DocumentCard & {
  verificationCode: string;
  revocationReason: string | null;
};

@QueryHandler(GetAchievement)
export class GetAchievementHandler implements IQueryHandler<GetAchievement, StaffAchievementView> {
  constructor(
    private readonly achievements: AchievementRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ certificateNumber }: GetAchievement): Promise<StaffAchievementView> {
    const achievement = await this.achievements.findByCertificateNumber(certificateNumber);
    if (!achievement) throw new AchievementNotFoundError();
    return {
      ...toDocumentCard(achievement, ukToday(this.clock.now())),
      verificationCode: achievement.verificationCode,
      revocationReason: achievement.revocationReason ?? null,
    };
  }
}
