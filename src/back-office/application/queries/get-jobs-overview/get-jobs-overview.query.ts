import { Query } from '@nestjs/cqrs';
import { JobCounts, QueueHealth } from '../../../../shared/application/job-queue';

export interface JobsOverview {
  counts: JobCounts;
  queue: QueueHealth;
  /** Outbox rows not yet handed to the queue (a growing number means the relay is stuck). */
  outbox: { pending: number; oldestCreatedAt: Date | null };
}

/** Staff and operators: the queue's counts and health, and the outbox backlog. */
export class GetJobsOverview extends Query<JobsOverview> {}
