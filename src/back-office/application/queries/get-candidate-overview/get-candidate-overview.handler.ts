import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import {
  DocumentCard,
  EnquiryView,
  ListCandidateAchievements,
  ListCandidateEnquiries,
} from '../../../../achievements/achievements.public';
import { GetAccountForStaff } from '../../../../identity/identity.public';
import { CountAccountOrders, ListMyOrders, OrderView } from '../../../../ordering/ordering.public';
import { AuditLog } from '../../../../shared/application/audit-log';
import { ConnectionView, ListConnectionsForStaff } from '../../../../sharing/sharing.public';
import { AuditEntries } from '../../services/audit-entries';
import { CandidateOverview, GetCandidateOverview } from './get-candidate-overview.query';

const SHOWN = 50;

@QueryHandler(GetCandidateOverview)
export class GetCandidateOverviewHandler implements IQueryHandler<GetCandidateOverview> {
  constructor(
    private readonly queries: QueryBus,
    private readonly audit: AuditLog,
    private readonly entries: AuditEntries,
  ) {}

  async execute({ accountId, actor }: GetCandidateOverview): Promise<CandidateOverview> {
    const account = await this.queries.execute(new GetAccountForStaff(accountId));
    const candidate = account.role === 'candidate';
    const number = account.candidateNumber;
    const [achievements, connections, enquiries, trail, orders, recentOrders] = await Promise.all([
      candidate && number
        ? this.queries.execute(new ListCandidateAchievements(number))
        : Promise.resolve([] as DocumentCard[]),
      // Sharing audits this look itself.
      candidate && number
        ? this.queries
            .execute(new ListConnectionsForStaff(number, 1, SHOWN, actor))
            .then((page) => page.items)
        : Promise.resolve([] as ConnectionView[]),
      candidate
        ? (this.queries.execute(new ListCandidateEnquiries(account.accountId)) as Promise<EnquiryView[]>)
        : Promise.resolve([] as EnquiryView[]),
      this.audit.list({ page: 1, pageSize: SHOWN, targetId: account.accountId }),
      candidate
        ? this.queries.execute(new CountAccountOrders(account.accountId))
        : Promise.resolve({ orders: 0, letters: 0 }),
      candidate
        ? this.queries.execute(new ListMyOrders(account.accountId, 1, 10)).then((page) => page.items)
        : Promise.resolve([] as OrderView[]),
    ]);
    return {
      account,
      achievements,
      connections,
      enquiries,
      orders,
      recentOrders,
      auditTrail: await this.entries.readable(trail.items),
    };
  }
}
