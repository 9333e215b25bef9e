import { Enquiry, EnquiryStatus } from './enquiry';

export interface EnquiryPage {
  items: Enquiry[];
  total: number;
}

export abstract class EnquiryRepository {
  abstract findById(id: string): Promise<Enquiry | undefined>;
  /** Newest activity first. */
  abstract listRaisedBy(candidateAccountId: string): Promise<Enquiry[]>;
  /** Oldest waiting first, so the queue is worked in order. */
  abstract listByStatus(
    status: EnquiryStatus | undefined,
    page: { offset: number; limit: number },
  ): Promise<EnquiryPage>;
  abstract add(enquiry: Enquiry): void;
}
