/** One enquiry for staff, with the achievement it is about as it stands now. */
export class GetEnquiry {
  constructor(readonly enquiryId: string) {}
}
