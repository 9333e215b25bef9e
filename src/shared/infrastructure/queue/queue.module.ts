// The job queue and the outbox relay: the one place where the queue adapter is chosen.
import { DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AppConfig } from '../../../config/app-config';
import { JobQueue } from '../../application/job-queue';
import { OutboxJobLedger } from '../outbox/outbox-job-ledger';
import { OutboxRelay } from '../outbox/outbox-relay';
import { BullJobQueue } from './bull-job-queue';
import { InProcessJobQueue } from './in-process-job-queue';
import { JobWorker } from './job-worker';

/**
 * Provides the JobQueue port to every module: Bull on Redis when REDIS_URL is set, else the in-process
 * queue (zero-setup mode). The relay and the consumers start only where RUN_WORKERS is on.
 */
@Global()
@Module({})
export class QueueModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: QueueModule,
      imports: [DiscoveryModule],
      providers: [
        { provide: JobQueue, useFactory: () => createJobQueue(config) },
        JobWorker,
        OutboxRelay,
        OutboxJobLedger,
      ],
      exports: [JobQueue],
    };
  }
}

function createJobQueue(config: AppConfig): JobQueue {
  const { attempts, backoffMs, concurrency, queuePrefix, lockMs } = config.jobs;
  if (config.redisUrl)
    return new BullJobQueue({
      redisUrl: config.redisUrl,
      prefix: queuePrefix,
      attempts,
      backoffMs,
      concurrency,
      lockMs,
    });
  return new InProcessJobQueue({ attempts, backoffMs, concurrency });
}
