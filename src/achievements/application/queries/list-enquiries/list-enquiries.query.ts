import { EnquiryStatus } from '../../../domain/enquiry';

/** The staff queue: enquiries in a status (all when none), oldest activity first. */
export class ListEnquiries {
  constructor(
    readonly status: EnquiryStatus | undefined,
    readonly page: number,
    readonly pageSize: number,
  ) {}
}

export type { Paged } from '../../../../shared/application/paged';
