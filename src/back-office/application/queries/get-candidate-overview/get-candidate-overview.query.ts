import { Query } from '@nestjs/cqrs';
import type { DocumentCard, EnquiryView } from '../../../../achievements/achievements.public';
import type { StaffAccountView } from '../../../../identity/identity.public';
import type { RequestActor } from '../../../../shared/application/audit-log';
import type { AuditEntryView } from '../../services/audit-entries';
import type { ConnectionView } from '../../../../sharing/sharing.public';
import type { OrderView } from '../../../../ordering/ordering.public';

export interface CandidateOverview {
  account: StaffAccountView;
  achievements: DocumentCard[];
  connections: ConnectionView[];
  enquiries: EnquiryView[];
  orders: { orders: number; letters: number };
  /** The most recent orders, newest first. */
  recentOrders: OrderView[];
  /** The latest audit events about this account. */
  auditTrail: AuditEntryView[];
}

/** Everything support staff need about one account, gathered from each context. */
export class GetCandidateOverview extends Query<CandidateOverview> {
  constructor(
    readonly accountId: string,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
