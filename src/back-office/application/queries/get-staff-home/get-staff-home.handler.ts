import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ListEnquiries } from '../../../../achievements/achievements.public';
import { ListRegistrations } from '../../../../identity/identity.public';
import { ListOrders } from '../../../../ordering/ordering.public';
import { JobQueue } from '../../../../shared/application/job-queue';
import { GetStaffHome, WorkItem } from './get-staff-home.query';

/** Asks each context for the size of its queue (a page of one item: only the total is wanted). */
@QueryHandler(GetStaffHome)
export class GetStaffHomeHandler implements IQueryHandler<GetStaffHome> {
  constructor(
    private readonly queries: QueryBus,
    private readonly jobs: JobQueue,
  ) {}

  async execute(): Promise<WorkItem[]> {
    const [registrations, enquiries, paidOrders, jobs] = await Promise.all([
      this.queries.execute(new ListRegistrations('pending_authorisation', 1, 1)),
      this.queries.execute(new ListEnquiries('open', 1, 1)) as Promise<{ totalItems: number }>,
      // Batching moves an order on to "in print", so every paid order is one waiting for a batch.
      this.queries.execute(new ListOrders('paid', 1, 1)),
      this.jobs.counts(),
    ]);
    return [
      {
        label: 'Registrations waiting for authorisation',
        count: registrations.totalItems,
        href: '/admin/registrations',
      },
      { label: 'Open enquiries', count: enquiries.totalItems, href: '/admin/enquiries' },
      {
        label: 'Paid orders waiting for a print batch',
        count: paidOrders.totalItems,
        href: '/admin/orders?status=paid',
      },
      { label: 'Failed jobs', count: jobs.failed, href: '/admin/jobs' },
    ];
  }
}
