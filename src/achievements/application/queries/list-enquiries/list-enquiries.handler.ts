import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EnquiryRepository } from '../../../domain/enquiry.repository';
import { EnquiryView, toEnquiryView } from '../../views/enquiry-view';
import { ListEnquiries, Paged } from './list-enquiries.query';

@QueryHandler(ListEnquiries)
export class ListEnquiriesHandler implements IQueryHandler<ListEnquiries, Paged<EnquiryView>> {
  constructor(private readonly enquiries: EnquiryRepository) {}

  async execute({ status, page, pageSize }: ListEnquiries): Promise<Paged<EnquiryView>> {
    const { items, total } = await this.enquiries.listByStatus(status, {
      offset: (page - 1) * pageSize,
      limit: pageSize,
    });
    return {
      items: items.map(toEnquiryView),
      page,
      pageSize,
      totalItems: total,
      totalPages: Math.max(1, Math.ceil(total / pageSize)),
    };
  }
}
