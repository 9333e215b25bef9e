import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AchievementNotFoundError } from '../../../domain/achievement.errors';
import { AchievementRepository } from '../../../domain/achievement.repository';
import { OpenBadgeCredentials } from '../../services/open-badge-credentials';
import { GetAchievementCredential } from './get-achievement-credential.query';

@QueryHandler(GetAchievementCredential)
export class GetAchievementCredentialHandler implements IQueryHandler<
  GetAchievementCredential,
  Record<string, unknown>
> {
  constructor(
    private readonly achievements: AchievementRepository,
    private readonly credentials: OpenBadgeCredentials,
  ) {}

  async execute({ holderCandidateNumber, certificateNumber }: GetAchievementCredential) {
    const achievement = await this.achievements.findByCertificateNumber(certificateNumber);
    if (!achievement || !achievement.isHeldBy(holderCandidateNumber ?? undefined))
      throw new AchievementNotFoundError();
    return this.credentials.credentialFor(achievement);
  }
}
