import { RequestActor } from '../../../../shared/application/audit-log';
import { EnquiryTopic } from '../../../domain/enquiry';

/** A candidate tells staff that details of one of their achievements look wrong. */
export class RaiseEnquiry {
  constructor(
    readonly candidate: { accountId: string; candidateNumber: string | null },
    readonly certificateNumber: string,
    readonly message: string,
    readonly topic: EnquiryTopic | undefined,
    readonly actor: RequestActor,
  ) {}
}
