import { Logger } from '@nestjs/common';
import Bull from 'bull';
import { NotFoundError } from '../../domain/domain-error';
import {
  DeadLetter,
  JOB_NOT_FOUND,
  JobCounts,
  JobProcessor,
  JobQueue,
  PermanentJobFailure,
  QueuedJob,
  QueueHealth,
} from '../../application/job-queue';

export interface BullJobQueueOptions {
  redisUrl: string;
  /** Redis key prefix; one Redis can serve several deployments or test runs. */
  prefix: string;
  attempts: number;
  backoffMs: number;
  concurrency: number;
  /** A running job's lock; a dead worker's jobs are taken up again within about twice this. */
  lockMs?: number;
}

const QUEUE_NAME = 'jobs';
const HEALTH_TIMEOUT_MS = 1000;
/**
 * Completed jobs are kept for a week so that an outbox row relayed a second time (the relay crashed
 * between enqueueing and marking the row) finds its job id taken and makes no second job.
 */
const KEEP_COMPLETED = { age: 7 * 24 * 60 * 60, count: 50_000 };

/**
 * The production queue: bull 4 on Redis. One queue holds every topic; the job name is the topic and
 * the job id the outbox id. Bull's own retry and exponential backoff apply; a job whose last attempt
 * failed stays in Bull's "failed" set, which is the dead-letter list. Bull is used directly rather
 * than through @nestjs/bull because jobs are routed to `@HandlesJob` providers at run time, not to
 * processors bound to a queue name at compile time.
 */
export class BullJobQueue extends JobQueue {
  private readonly logger = new Logger('JobQueue');
  private readonly queue: Bull.Queue;

  constructor(private readonly options: BullJobQueueOptions) {
    super();
    this.queue = new Bull(QUEUE_NAME, options.redisUrl, {
      prefix: options.prefix,
      settings: options.lockMs
        ? { lockDuration: options.lockMs, stalledInterval: options.lockMs }
        : undefined,
      defaultJobOptions: {
        attempts: options.attempts,
        backoff: { type: 'exponential', delay: options.backoffMs },
        removeOnComplete: KEEP_COMPLETED,
        removeOnFail: false,
      },
    });
    // Bull reports lost Redis connections as 'error' events; without a listener they would crash the process.
    this.queue.on('error', (error) => this.logger.error(`Redis: ${error.message}`));
  }

  async enqueue(job: QueuedJob): Promise<void> {
    await this.queue.add(job.topic, job.payload, { jobId: job.id });
  }

  /** One MULTI for the whole batch: one write to Redis instead of one per job. Same ids, same de-duplication. */
  override async enqueueAll(jobs: QueuedJob[]): Promise<void> {
    if (jobs.length === 0) return;
    await this.queue.addBulk(
      jobs.map((job) => ({ name: job.topic, data: job.payload, opts: { jobId: job.id } })),
    );
  }

  async consume(processor: JobProcessor): Promise<void> {
    // process() resolves only when the queue closes, so it is started, not awaited.
    this.queue
      .process('*', this.options.concurrency, async (job: Bull.Job) => {
        try {
          await processor({ id: String(job.id), topic: job.name, payload: job.data }, job.attemptsMade + 1);
        } catch (error) {
          if (error instanceof PermanentJobFailure) await job.discard();
          throw error;
        }
      })
      .catch((error: Error) => this.logger.error(`Job consumer stopped: ${error.message}`));
  }

  async counts(): Promise<JobCounts> {
    const counts = await this.queue.getJobCounts();
    return {
      waiting: counts.waiting,
      active: counts.active,
      delayed: counts.delayed,
      failed: counts.failed,
      completed: counts.completed,
    };
  }

  async deadLetters({ offset = 0, limit = 50 }: { offset?: number; limit?: number } = {}): Promise<
    DeadLetter[]
  > {
    const jobs = await this.queue.getFailed(offset, offset + limit - 1);
    return jobs
      .filter((job): job is Bull.Job => Boolean(job))
      .map((job) => ({
        id: String(job.id),
        topic: job.name,
        payload: job.data,
        attempts: job.attemptsMade,
        lastError: job.failedReason ?? '',
        failedAt: new Date(job.finishedOn ?? job.timestamp),
      }))
      .sort((a, b) => b.failedAt.getTime() - a.failedAt.getTime());
  }

  async retryDeadLetter(id: string): Promise<void> {
    await (await this.deadLetter(id)).retry();
  }

  async discardDeadLetter(id: string): Promise<void> {
    await (await this.deadLetter(id)).remove();
  }

  async health(): Promise<QueueHealth> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`Redis did not answer within ${HEALTH_TIMEOUT_MS} ms`)),
        HEALTH_TIMEOUT_MS,
      );
    });
    try {
      await Promise.race([this.queue.client.ping(), timeout]);
      return { adapter: 'bull', up: true };
    } catch (error) {
      return { adapter: 'bull', up: false, detail: error instanceof Error ? error.message : String(error) };
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await this.queue.close();
  }

  private async deadLetter(id: string): Promise<Bull.Job> {
    const job = await this.queue.getJob(id);
    if (!job || !(await job.isFailed())) {
      throw new NotFoundError(JOB_NOT_FOUND, 'There is no dead-lettered job with that id.');
    }
    return job;
  }
}
