import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Clock } from '../../../../shared/domain';
import { AchievementNotFoundError } from '../../../domain/achievement.errors';
import { AchievementRepository } from '../../../domain/achievement.repository';
import { Enquiry } from '../../../domain/enquiry';
import { EnquiryRepository } from '../../../domain/enquiry.repository';
import { RaiseEnquiry } from './raise-enquiry.command';

@CommandHandler(RaiseEnquiry)
export class RaiseEnquiryHandler implements ICommandHandler<RaiseEnquiry, { enquiryId: string }> {
  constructor(
    private readonly achievements: AchievementRepository,
    private readonly enquiries: EnquiryRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  execute({
    candidate,
    certificateNumber,
    message,
    topic,
    actor,
  }: RaiseEnquiry): Promise<{ enquiryId: string }> {
    return this.uow.run(async () => {
      const achievement = await this.achievements.findByCertificateNumber(certificateNumber);
      if (!achievement || !achievement.isHeldBy(candidate.candidateNumber ?? undefined))
        throw new AchievementNotFoundError();
      const enquiry = Enquiry.raise({
        achievementId: achievement.id,
        certificateNumber: achievement.certificateNumber,
        achievementTitle: achievement.title,
        candidateAccountId: candidate.accountId,
        candidateNumber: achievement.candidateNumber,
        topic,
        message,
        now: this.clock.now(),
      });
      this.enquiries.add(enquiry);
      this.audit.record({
        actorId: actor.accountId,
        ip: actor.ip,
        action: 'achievements.enquiry-raised',
        targetType: 'enquiry',
        targetId: enquiry.id,
        details: { certificateNumber: achievement.certificateNumber, topic: enquiry.topic },
      });
      return { enquiryId: enquiry.id };
    });
  }
}
