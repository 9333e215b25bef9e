import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Clock } from '../../../../shared/domain';
import { EnquiryNotFoundError } from '../../../domain/achievement.errors';
import { EnquiryRepository } from '../../../domain/enquiry.repository';
import { EnquiryView, toEnquiryView } from '../../views/enquiry-view';
import { ReplyToEnquiry } from './reply-to-enquiry.command';

@CommandHandler(ReplyToEnquiry)
export class ReplyToEnquiryHandler implements ICommandHandler<ReplyToEnquiry, EnquiryView> {
  constructor(
    private readonly enquiries: EnquiryRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  execute({ enquiryId, message, resolve, actor }: ReplyToEnquiry): Promise<EnquiryView> {
    return this.uow.run(async () => {
      const enquiry = await this.enquiries.findById(enquiryId);
      if (!enquiry) throw new EnquiryNotFoundError();
      enquiry.reply(actor.accountId, message, resolve, this.clock.now());
      this.audit.record({
        actorId: actor.accountId,
        ip: actor.ip,
        action: resolve ? 'achievements.enquiry-resolved' : 'achievements.enquiry-replied',
        targetType: 'enquiry',
        targetId: enquiry.id,
        details: { certificateNumber: enquiry.certificateNumber },
      });
      return toEnquiryView(enquiry);
    });
  }
}
