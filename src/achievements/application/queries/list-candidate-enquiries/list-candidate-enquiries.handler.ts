import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EnquiryRepository } from '../../../domain/enquiry.repository';
import { EnquiryView, toEnquiryView } from '../../views/enquiry-view';
import { ListCandidateEnquiries } from './list-candidate-enquiries.query';

@QueryHandler(ListCandidateEnquiries)
export class ListCandidateEnquiriesHandler implements IQueryHandler<ListCandidateEnquiries, EnquiryView[]> {
  constructor(private readonly enquiries: EnquiryRepository) {}

  async execute({ candidateAccountId }: ListCandidateEnquiries): Promise<EnquiryView[]> {
    return (await this.enquiries.listRaisedBy(candidateAccountId)).map(toEnquiryView);
  }
}
