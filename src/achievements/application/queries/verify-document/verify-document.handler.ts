import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../shared/domain';
import { VerificationNotFoundError } from '../../../domain/achievement.errors';
import { AchievementRepository } from '../../../domain/achievement.repository';
import { ukToday } from '../../../domain/calendar-date';
import { normaliseVerificationCode } from '../../../domain/verification-code';
import { VerificationResult, VerifyDocument } from './verify-document.query';

@QueryHandler(VerifyDocument)
export class VerifyDocumentHandler implements IQueryHandler<VerifyDocument, VerificationResult> {
  constructor(
    private readonly achievements: AchievementRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ code }: VerifyDocument): Promise<VerificationResult> {
    // A malformed code and an unknown one get the same answer: no hint of what a real code looks like.
    const normalised = normaliseVerificationCode(code ?? '');
    const achievement = normalised ? await this.achievements.findByVerificationCode(normalised) : undefined;
    if (!achievement) throw new VerificationNotFoundError();
    return {
      status: achievement.verificationStatus(ukToday(this.clock.now())),
      title: achievement.title,
      holderName: achievement.fullName,
      issueDate: achievement.issueDate,
      expiryDate: achievement.expiryDate ?? null,
      certificateNumber: achievement.certificateNumber,
    };
  }
}
