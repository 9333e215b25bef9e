import { MikroORM } from '@mikro-orm/core';
import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleInit,
} from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { HandlesJob, JobHandler } from '../../application/job-handler';
import { JobQueue, PermanentJobFailure, QueuedJob } from '../../application/job-queue';
import { runInLazyScope } from '../database/lazy-request-context';
import { OutboxJobLedger } from '../outbox/outbox-job-ledger';

/**
 * Finds every `@HandlesJob(topic)` provider at start-up and, where RUN_WORKERS is on, runs queued jobs
 * with them, each in its own scope whose entity manager is forked on first use (a job is not an HTTP
 * request, so nothing else opens one; an email job never needs one). It also closes the queue on
 * shutdown: after the relay has stopped (module destroy) and before the database closes (application
 * shutdown), so jobs in flight can finish their work.
 * When a job has finished, completed or failed for good, its outbox row is closed (ADR 0010).
 */
@Injectable()
export class JobWorker implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('JobWorker');
  private readonly handlers = new Map<string, JobHandler>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly queue: JobQueue,
    private readonly orm: MikroORM,
    private readonly ledger: OutboxJobLedger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders({ metadataKey: HandlesJob.KEY })) {
      const topic = this.discovery.getMetadataByDecorator(HandlesJob, wrapper);
      if (!topic || !wrapper.instance) continue;
      if (this.handlers.has(topic)) throw new Error(`Two job handlers for topic "${topic}"`);
      this.handlers.set(topic, wrapper.instance as JobHandler);
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.runWorkers) return;
    await this.queue.consume((job, attempt) => this.run(job, attempt));
    this.logger.log(`Running jobs for ${[...this.handlers.keys()].sort().join(', ') || 'no topics'}`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }

  /** Runs one attempt of a job with its handler; public so tests and tools can run a job directly. */
  async run(job: QueuedJob, attempt: number): Promise<void> {
    const handler = this.handlers.get(job.topic);
    if (!handler) throw new PermanentJobFailure(`No job handler for topic "${job.topic}"`);
    try {
      await runInLazyScope(this.orm.em, () => handler.handle(job.payload, { jobId: job.id, attempt }));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.logger.warn(`Job ${job.topic} ${job.id} failed on attempt ${attempt}: ${reason}`);
      if (error instanceof PermanentJobFailure || attempt >= this.config.jobs.attempts)
        await this.ledger.failed(job.id);
      throw error;
    }
    await this.ledger.completed(job.id);
  }
}
