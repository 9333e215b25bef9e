import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EnquiryNotFoundError } from '../../../domain/achievement.errors';
import { EnquiryRepository } from '../../../domain/enquiry.repository';
import { EnquiryView, toEnquiryView } from '../../views/enquiry-view';
import { GetCandidateEnquiry } from './get-candidate-enquiry.query';

@QueryHandler(GetCandidateEnquiry)
export class GetCandidateEnquiryHandler implements IQueryHandler<GetCandidateEnquiry, EnquiryView> {
  constructor(private readonly enquiries: EnquiryRepository) {}

  async execute({ candidateAccountId, enquiryId }: GetCandidateEnquiry): Promise<EnquiryView> {
    const enquiry = await this.enquiries.findById(enquiryId);
    if (!enquiry || !enquiry.isRaisedBy(candidateAccountId)) throw new EnquiryNotFoundError();
    return toEnquiryView(enquiry);
  }
}
