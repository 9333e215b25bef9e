import { AsyncResource } from 'node:async_hooks';
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

export interface InProcessJobQueueOptions {
  attempts: number;
  backoffMs: number;
  concurrency: number;
  /** Completed job ids remembered so a re-relayed outbox row is not run twice. */
  keepCompleted?: number;
}

type State = 'waiting' | 'active' | 'delayed' | 'failed' | 'completed';

interface Entry {
  job: QueuedJob;
  state: State;
  attemptsMade: number;
  lastError?: string;
  failedAt?: Date;
  timer?: NodeJS.Timeout;
}

/**
 * The zero-setup queue (no REDIS_URL): the same retry, backoff and dead-letter rules as the Bull
 * adapter, kept in this process's memory. Jobs not yet run when the process stops are lost, which is
 * acceptable for a single-machine trial but is why production runs with Redis.
 */
export class InProcessJobQueue extends JobQueue {
  private readonly entries = new Map<string, Entry>();
  private readonly waiting: string[] = [];
  private readonly running = new Set<Promise<void>>();
  private readonly completed: string[] = [];
  private processor?: JobProcessor;
  private closed = false;

  constructor(private readonly options: InProcessJobQueueOptions) {
    super();
  }

  async enqueue(job: QueuedJob): Promise<void> {
    if (this.closed) throw new Error('The job queue is closed');
    if (this.entries.has(job.id)) return;
    this.entries.set(job.id, { job, state: 'waiting', attemptsMade: 0 });
    this.waiting.push(job.id);
    this.pump();
  }

  async consume(processor: JobProcessor): Promise<void> {
    // Jobs start from whatever enqueued them (the relay, inside its transaction): bound to the consumer's
    // own async context, a job never sees the relay's transaction and opens its own.
    this.processor = AsyncResource.bind(processor);
    this.pump();
  }

  async counts(): Promise<JobCounts> {
    const counts: JobCounts = { waiting: 0, active: 0, delayed: 0, failed: 0, completed: 0 };
    for (const entry of this.entries.values()) counts[entry.state]++;
    return counts;
  }

  async deadLetters({ offset = 0, limit = 50 }: { offset?: number; limit?: number } = {}): Promise<
    DeadLetter[]
  > {
    return [...this.entries.values()]
      .filter((entry) => entry.state === 'failed')
      .sort((a, b) => b.failedAt!.getTime() - a.failedAt!.getTime())
      .slice(offset, offset + limit)
      .map((entry) => ({
        id: entry.job.id,
        topic: entry.job.topic,
        payload: entry.job.payload,
        attempts: entry.attemptsMade,
        lastError: entry.lastError ?? '',
        failedAt: entry.failedAt!,
      }));
  }

  async retryDeadLetter(id: string): Promise<void> {
    const entry = this.deadLetter(id);
    entry.state = 'waiting';
    entry.failedAt = undefined;
    this.waiting.push(id);
    this.pump();
  }

  async discardDeadLetter(id: string): Promise<void> {
    this.deadLetter(id);
    this.entries.delete(id);
  }

  async health(): Promise<QueueHealth> {
    return { adapter: 'in-process', up: !this.closed, detail: this.closed ? 'closed' : undefined };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const entry of this.entries.values()) clearTimeout(entry.timer);
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  private deadLetter(id: string): Entry {
    const entry = this.entries.get(id);
    if (!entry || entry.state !== 'failed')
      throw new NotFoundError(JOB_NOT_FOUND, 'There is no dead-lettered job with that id.');
    return entry;
  }

  private pump(): void {
    const processor = this.processor;
    if (!processor || this.closed) return;
    while (this.running.size < this.options.concurrency && this.waiting.length > 0) {
      const entry = this.entries.get(this.waiting.shift()!);
      if (!entry || entry.state !== 'waiting') continue;
      const run = this.attempt(entry, processor).finally(() => {
        this.running.delete(run);
        this.pump();
      });
      this.running.add(run);
    }
  }

  private async attempt(entry: Entry, processor: JobProcessor): Promise<void> {
    entry.state = 'active';
    try {
      await processor(entry.job, entry.attemptsMade + 1);
      entry.state = 'completed';
      entry.lastError = undefined;
      this.forgetOldCompleted(entry.job.id);
    } catch (error) {
      entry.attemptsMade++;
      entry.lastError = error instanceof Error ? error.message : String(error);
      const retry = entry.attemptsMade < this.options.attempts && !(error instanceof PermanentJobFailure);
      if (retry && !this.closed) {
        entry.state = 'delayed';
        const delay = this.options.backoffMs * 2 ** (entry.attemptsMade - 1);
        entry.timer = setTimeout(() => {
          entry.timer = undefined;
          entry.state = 'waiting';
          this.waiting.push(entry.job.id);
          this.pump();
        }, delay);
        entry.timer.unref();
      } else if (retry) {
        entry.state = 'delayed'; // closing: the retry would have run after shutdown
      } else {
        entry.state = 'failed';
        entry.failedAt = new Date();
      }
    }
  }

  private forgetOldCompleted(id: string): void {
    this.completed.push(id);
    while (this.completed.length > (this.options.keepCompleted ?? 1000)) {
      const oldest = this.completed.shift()!;
      if (this.entries.get(oldest)?.state === 'completed') this.entries.delete(oldest);
    }
  }
}
