import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Clock } from '../../../../shared/domain';
import { EnquiryNotFoundError } from '../../../domain/achievement.errors';
import { EnquiryRepository } from '../../../domain/enquiry.repository';
import { EnquiryView, toEnquiryView } from '../../views/enquiry-view';
import { FollowUpEnquiry } from './follow-up-enquiry.command';

@CommandHandler(FollowUpEnquiry)
export class FollowUpEnquiryHandler implements ICommandHandler<FollowUpEnquiry, EnquiryView> {
  constructor(
    private readonly enquiries: EnquiryRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  execute({ candidateAccountId, enquiryId, message, actor }: FollowUpEnquiry): Promise<EnquiryView> {
    return this.uow.run(async () => {
      const enquiry = await this.enquiries.findById(enquiryId);
      if (!enquiry || !enquiry.isRaisedBy(candidateAccountId)) throw new EnquiryNotFoundError();
      enquiry.followUp(candidateAccountId, message, this.clock.now());
      this.audit.record({
        actorId: actor.accountId,
        ip: actor.ip,
        action: 'achievements.enquiry-followed-up',
        targetType: 'enquiry',
        targetId: enquiry.id,
        details: { certificateNumber: enquiry.certificateNumber },
      });
      return toEnquiryView(enquiry);
    });
  }
}
