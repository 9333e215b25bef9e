/**
 * The job queue behind the outbox: the relay enqueues committed outbox rows, workers run each job with
 * the `@HandlesJob(topic)` provider, failed attempts are retried with exponential backoff, and a job
 * that fails its last attempt is dead-lettered until staff retry or discard it.
 */
export interface QueuedJob {
  /** The outbox row id: enqueueing the same id twice never makes a second job. */
  id: string;
  topic: string;
  payload: Record<string, unknown>;
}

/** Runs one attempt of a job; `attempt` counts from 1. Throwing fails the attempt. */
export type JobProcessor = (job: QueuedJob, attempt: number) => Promise<void>;

export interface JobCounts {
  waiting: number;
  active: number;
  /** Waiting for a retry after a failed attempt. */
  delayed: number;
  /** Dead-lettered: every attempt failed. */
  failed: number;
  completed: number;
}

export interface DeadLetter {
  id: string;
  topic: string;
  payload: Record<string, unknown>;
  attempts: number;
  lastError: string;
  failedAt: Date;
}

export interface QueueHealth {
  adapter: 'bull' | 'in-process';
  up: boolean;
  detail?: string;
}

/**
 * Thrown by a job handler when trying again cannot help (an unknown template, a malformed payload):
 * the job is dead-lettered at once instead of using up its retries.
 */
export class PermanentJobFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobFailure';
  }
}

export const JOB_NOT_FOUND = 'PLATFORM.JOB_NOT_FOUND';

export abstract class JobQueue {
  /** Never call this in an HTTP request or a database transaction of a command: write to the outbox. */
  abstract enqueue(job: QueuedJob): Promise<void>;

  /** Enqueues a batch (the relay's); an adapter may send it in one round trip. */
  async enqueueAll(jobs: QueuedJob[]): Promise<void> {
    await Promise.all(jobs.map((job) => this.enqueue(job)));
  }

  /** Starts handing jobs to `processor` (once per process, where RUN_WORKERS is on). */
  abstract consume(processor: JobProcessor): Promise<void>;

  abstract counts(): Promise<JobCounts>;

  /** Newest first. */
  abstract deadLetters(options?: { offset?: number; limit?: number }): Promise<DeadLetter[]>;

  /** Gives a dead-lettered job one more attempt. NotFoundError (PLATFORM.JOB_NOT_FOUND) if it is not dead-lettered. */
  abstract retryDeadLetter(id: string): Promise<void>;

  /** Forgets a dead-lettered job. NotFoundError (PLATFORM.JOB_NOT_FOUND) if it is not dead-lettered. */
  abstract discardDeadLetter(id: string): Promise<void>;

  /** For readiness checks; answers within about a second even when the queue's server is down. */
  abstract health(): Promise<QueueHealth>;

  /** Stops taking jobs and waits for the jobs in flight to finish. */
  abstract close(): Promise<void>;
}
