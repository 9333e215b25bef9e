import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Clock } from '../../../../shared/domain';
import { readAchievementDetails } from '../../../domain/achievement-details';
import {
  AchievementNotFoundError,
  InvalidAchievementError,
  UnknownCandidateNumberError,
} from '../../../domain/achievement.errors';
import { AchievementRepository } from '../../../domain/achievement.repository';
import { ukToday } from '../../../domain/calendar-date';
import { CandidateRegister } from '../../ports/candidate-register';
import { AchievementDocuments } from '../../services/achievement-documents';
import { DocumentCard, toDocumentCard } from '../../views/document-card';
import { CorrectAchievement } from './correct-achievement.command';

@CommandHandler(CorrectAchievement)
export class CorrectAchievementHandler implements ICommandHandler<CorrectAchievement, DocumentCard> {
  constructor(
    private readonly achievements: AchievementRepository,
    private readonly candidates: CandidateRegister,
    private readonly documents: AchievementDocuments,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute({ certificateNumber, changes, actor, reason }: CorrectAchievement): Promise<DocumentCard> {
    let staleKeys: string[] = [];
    const card = await this.uow.run(async () => {
      const achievement = await this.achievements.findByCertificateNumber(certificateNumber);
      if (!achievement) throw new AchievementNotFoundError();
      const today = ukToday(this.clock.now());
      const reading = readAchievementDetails({ ...achievement.details(), ...changes }, today);
      if (!reading.details) throw new InvalidAchievementError(reading.problems);
      const { details } = reading;
      if (details.candidateNumber !== achievement.candidateNumber) {
        const known = await this.candidates.existing([details.candidateNumber]);
        if (!known.has(details.candidateNumber))
          throw new UnknownCandidateNumberError(details.candidateNumber);
      }
      const before = await this.documents.storedKeys(achievement);
      const changed = achievement.correct(details, this.clock.now());
      if (changed.length > 0) {
        staleKeys = before;
        this.audit.record({
          actorId: actor.accountId,
          ip: actor.ip,
          action: 'achievements.achievement-corrected',
          targetType: 'achievement',
          targetId: achievement.id,
          details: {
            certificateNumber: achievement.certificateNumber,
            fields: changed.join(','),
            ...(reason ? { reason } : {}),
          },
        });
      }
      return toDocumentCard(achievement, today);
    });
    // Only after the commit: the PDFs of the old details are no longer served (new keys from now on).
    await this.documents.forget(staleKeys);
    return card;
  }
}
