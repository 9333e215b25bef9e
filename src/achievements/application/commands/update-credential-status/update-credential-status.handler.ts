import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AchievementRepository } from '../../../domain/achievement.repository';
import { OpenBadgeCredentials } from '../../services/open-badge-credentials';
import { UpdateCredentialStatus } from './update-credential-status.command';

/** Idempotent: revoking what is already revoked changes nothing, and republishing is harmless. */
@CommandHandler(UpdateCredentialStatus)
export class UpdateCredentialStatusHandler implements ICommandHandler<UpdateCredentialStatus, void> {
  constructor(
    private readonly achievements: AchievementRepository,
    private readonly credentials: OpenBadgeCredentials,
  ) {}

  async execute({ certificateNumber }: UpdateCredentialStatus): Promise<void> {
    const achievement = await this.achievements.findByCertificateNumber(certificateNumber);
    if (achievement) await this.credentials.refreshStatus(achievement);
  }
}
