import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ListEnquiries } from '../../../../achievements/achievements.public';
import { ListRegistrations } from '../../../../identity/identity.public';
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
    const [registrations, enquiries, jobs] = await Promise.all([
      this.queries.execute(new ListRegistrations('pending_authorisation', 1, 1)),
      this.queries.execute(new ListEnquiries('open', 1, 1)) as Promise<{ totalItems: number }>,
      this.jobs.counts(),
    ]);
    return [
      {
        label: 'Registrations waiting for authorisation',
        count: registrations.totalItems,
        href: '/admin/registrations',
      },
      { label: 'Open enquiries', count: enquiries.totalItems, href: '/admin/enquiries' },
      { label: 'Failed jobs', count: jobs.failed, href: '/admin/jobs' },
    ];
  }
}
