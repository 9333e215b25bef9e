import { RequestActor } from '../../../../shared/application/audit-log';

/** Staff answer an enquiry, and may resolve it with the same message. */
export class ReplyToEnquiry {
  constructor(
    readonly enquiryId: string,
    readonly message: string,
    readonly resolve: boolean,
    readonly actor: RequestActor & { accountId: string },
  ) {}
}
