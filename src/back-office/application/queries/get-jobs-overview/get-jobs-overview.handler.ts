import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { JobQueue } from '../../../../shared/application/job-queue';
import { OutboxBacklog } from '../../ports/outbox-backlog';
import { GetJobsOverview, JobsOverview } from './get-jobs-overview.query';

@QueryHandler(GetJobsOverview)
export class GetJobsOverviewHandler implements IQueryHandler<GetJobsOverview, JobsOverview> {
  constructor(
    private readonly jobs: JobQueue,
    private readonly outbox: OutboxBacklog,
  ) {}

  async execute(): Promise<JobsOverview> {
    const [counts, queue, outbox] = await Promise.all([
      this.jobs.counts(),
      this.jobs.health(),
      this.outbox.pending(),
    ]);
    return { counts, queue, outbox };
  }
}
