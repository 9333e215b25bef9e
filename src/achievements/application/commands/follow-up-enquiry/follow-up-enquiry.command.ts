import { RequestActor } from '../../../../shared/application/audit-log';

/** The candidate adds to their own enquiry (answering a staff question, say); it goes back to staff. */
export class FollowUpEnquiry {
  constructor(
    readonly candidateAccountId: string,
    readonly enquiryId: string,
    readonly message: string,
    readonly actor: RequestActor,
  ) {}
}
