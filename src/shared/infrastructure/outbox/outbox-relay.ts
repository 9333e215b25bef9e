import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { JobQueue } from '../../application/job-queue';

interface PendingRow {
  id: string;
  topic: string;
  payload: Record<string, unknown>;
  relayed_before: boolean;
}

/**
 * Bull's add() waits while Redis is away rather than failing; the batch then gives up, so its row
 * locks and connection are not held indefinitely, and is tried again later.
 */
const ENQUEUE_TIMEOUT_MS = 10_000;
/** After a failed batch (Redis or Postgres away) the relay waits longer, up to this, before trying again. */
const MAX_ERROR_DELAY_MS = 30_000;

/**
 * Moves committed outbox rows to the job queue, in the worker process (RUN_WORKERS), never on a
 * request's path. Each batch locks its rows with FOR UPDATE SKIP LOCKED, so any number of relays can
 * run side by side without taking the same row.
 *
 * The row, not the queue, is the record (ADR 0010): it is done only when its job completed or failed
 * for good (JobWorker marks it). A row relayed more than OUTBOX_REDELIVER_AFTER_MS ago and still open
 * is relayed again. While the queue still holds the job that is a no-op (the job id is the outbox id);
 * when Redis lost it (a restart without persistence) the job is queued anew and runs once.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('OutboxRelay');
  private timer?: NodeJS.Timeout;
  private inFlight?: Promise<void>;
  private running = false;
  private failures = 0;

  constructor(
    private readonly em: EntityManager,
    private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.runWorkers) this.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(0);
  }

  /** Stops polling and waits for the batch in flight. */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await this.inFlight;
  }

  /** Relays one batch of due rows (new ones, and open ones relayed long ago) and returns how many. */
  async relayOnce(): Promise<number> {
    const relayed = await this.em.fork().transactional(async (tx) => {
      const rows = await tx.execute<PendingRow[]>(
        `SELECT id, topic, payload, relayed_at IS NOT NULL AS relayed_before FROM outbox
          WHERE completed_at IS NULL AND failed_at IS NULL AND not_before <= now()
            AND (relayed_at IS NULL OR relayed_at < now() - make_interval(secs => ?))
          ORDER BY created_at
          LIMIT ?
          FOR UPDATE SKIP LOCKED`,
        [this.config.outbox.redeliverAfterMs / 1000, this.config.outbox.batchSize],
      );
      if (rows.length === 0) return [];
      await withTimeout(
        this.queue.enqueueAll(rows.map((row) => ({ id: row.id, topic: row.topic, payload: row.payload }))),
        ENQUEUE_TIMEOUT_MS,
        'The job queue did not accept the batch in time',
      );
      await tx.execute('UPDATE outbox SET relayed_at = now() WHERE id IN (?)', [rows.map((row) => row.id)]);
      return rows;
    });
    const again = relayed.filter((row) => row.relayed_before).length;
    if (again > 0)
      this.logger.warn(
        `Relayed ${again} outbox row(s) again: their jobs had not finished ${this.config.outbox.redeliverAfterMs} ms after relaying`,
      );
    return relayed.length;
  }

  private schedule(delay: number): void {
    if (!this.running) return;
    this.timer = setTimeout(() => {
      this.inFlight = this.tick().finally(() => (this.inFlight = undefined));
    }, delay);
  }

  private async tick(): Promise<void> {
    let next = this.config.outbox.pollMs;
    try {
      const relayed = await this.relayOnce();
      this.failures = 0;
      // A full batch means more rows are probably due: go again at once rather than after a poll.
      if (relayed === this.config.outbox.batchSize) next = 0;
    } catch (error) {
      // Stopped while the batch was in flight (the database going away with Ctrl-C): the rows stay open
      // in the outbox and the next process relays them; nothing to report.
      if (!this.running) return;
      this.failures++;
      next = Math.min(MAX_ERROR_DELAY_MS, this.config.outbox.pollMs * 2 ** this.failures);
      this.logger.error(
        `Relaying the outbox failed (retrying in ${next} ms): ${error instanceof Error ? error.message : error}`,
      );
    }
    this.schedule(next);
  }
}

async function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
