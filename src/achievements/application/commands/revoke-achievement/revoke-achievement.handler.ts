import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Clock, InvalidInputError } from '../../../../shared/domain';
import { AchievementNotFoundError } from '../../../domain/achievement.errors';
import { AchievementRepository } from '../../../domain/achievement.repository';
import { ukToday } from '../../../domain/calendar-date';
import { AchievementDocuments } from '../../services/achievement-documents';
import { DocumentCard, toDocumentCard } from '../../views/document-card';
import { RevokeAchievement } from './revoke-achievement.command';

const REASON_MAX = 500;

/** Revocation is final: the documents stop verifying, stop being shared and are no longer served. */
@CommandHandler(RevokeAchievement)
export class RevokeAchievementHandler implements ICommandHandler<RevokeAchievement, DocumentCard> {
  constructor(
    private readonly achievements: AchievementRepository,
    private readonly documents: AchievementDocuments,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute({ certificateNumber, reason, actor }: RevokeAchievement): Promise<DocumentCard> {
    const why = (reason ?? '').trim();
    if (!why || why.length > REASON_MAX) {
      const message = why
        ? `The reason must be ${REASON_MAX} characters or fewer`
        : 'Enter the reason for revoking';
      throw new InvalidInputError('ACHIEVEMENTS.INVALID_DETAILS', message, [{ field: 'reason', message }]);
    }
    let staleKeys: string[] = [];
    const card = await this.uow.run(async () => {
      const achievement = await this.achievements.findByCertificateNumber(certificateNumber);
      if (!achievement) throw new AchievementNotFoundError();
      staleKeys = await this.documents.storedKeys(achievement);
      achievement.revoke(why, this.clock.now());
      this.audit.record({
        actorId: actor.accountId,
        ip: actor.ip,
        action: 'achievements.achievement-revoked',
        targetType: 'achievement',
        targetId: achievement.id,
        details: { certificateNumber: achievement.certificateNumber, reason: why },
      });
      return toDocumentCard(achievement, ukToday(this.clock.now()));
    });
    await this.documents.forget(staleKeys);
    return card;
  }
}
