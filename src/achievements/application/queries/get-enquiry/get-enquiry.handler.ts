import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../shared/domain';
import { EnquiryNotFoundError } from '../../../domain/achievement.errors';
import { AchievementRepository } from '../../../domain/achievement.repository';
import { ukToday } from '../../../domain/calendar-date';
import { EnquiryRepository } from '../../../domain/enquiry.repository';
import { DocumentCard, toDocumentCard } from '../../views/document-card';
import { EnquiryView, toEnquiryView } from '../../views/enquiry-view';
import { GetEnquiry } from './get-enquiry.query';

@QueryHandler(GetEnquiry)
export class GetEnquiryHandler implements IQueryHandler<
  GetEnquiry,
  EnquiryView & { achievement: DocumentCard | null }
> {
  constructor(
    private readonly enquiries: EnquiryRepository,
    private readonly achievements: AchievementRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ enquiryId }: GetEnquiry): Promise<EnquiryView & { achievement: DocumentCard | null }> {
    const enquiry = await this.enquiries.findById(enquiryId);
    if (!enquiry) throw new EnquiryNotFoundError();
    const achievement = await this.achievements.findByCertificateNumber(enquiry.certificateNumber);
    return {
      ...toEnquiryView(enquiry),
      achievement: achievement ? toDocumentCard(achievement, ukToday(this.clock.now())) : null,
    };
  }
}
