import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { isUuid } from '../database/uuid';

const ATTEMPTS = 4;
const RETRY_DELAY_MS = 250;

/**
 * Closes an outbox row when its job has finished (ADR 0010): completed, or failed for good. Until then
 * the relay may hand the row to the queue again. Writing the mark is retried briefly, because a job
 * whose work is done must not run again only because Postgres blinked at that moment; if it still
 * fails, the row stays open and is relayed again, which the queue ignores while it keeps the job.
 */
@Injectable()
export class OutboxJobLedger {
  private readonly logger = new Logger('OutboxJobLedger');
  /** Jobs completed since the last write began; they are closed together by the next write. */
  private waiting: string[] = [];
  private nextWrite?: Promise<void>;
  private currentWrite: Promise<void> = Promise.resolve();

  constructor(private readonly em: EntityManager) {}

  /**
   * Resolves once the row is closed. Completions that arrive while a write is in flight are closed
   * together by the next one (one UPDATE for many jobs rather than one each): with many jobs running
   * at once the per-job statement was a large share of the worker's time. A job still finishes only
   * after its own row is marked, as before.
   */
  completed(jobId: string): Promise<void> {
    // Outbox ids are UUIDs; a job run by hand (a test, a tool) may carry another id and has no row.
    if (!isUuid(jobId)) return Promise.resolve();
    this.waiting.push(jobId);
    this.nextWrite ??= this.writeAfter(this.currentWrite);
    return this.nextWrite;
  }

  async failed(jobId: string): Promise<void> {
    if (!isUuid(jobId)) return;
    await this.mark([jobId], 'UPDATE outbox SET failed_at = now() WHERE id IN (?) AND completed_at IS NULL');
  }

  private async writeAfter(previous: Promise<void>): Promise<void> {
    await previous;
    const ids = this.waiting;
    this.waiting = [];
    this.nextWrite = undefined;
    this.currentWrite = this.mark(
      ids,
      'UPDATE outbox SET completed_at = now(), failed_at = NULL WHERE id IN (?)',
    );
    await this.currentWrite;
  }

  /** Never rejects: a mark that cannot be written leaves the rows open (see above). */
  private async mark(ids: string[], sql: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.em.getConnection().execute(sql, [ids]);
        return;
      } catch (error) {
        if (attempt >= ATTEMPTS) {
          this.logger.error(
            `Could not record the end of job(s) ${ids.join(', ')}: ${error instanceof Error ? error.message : error}`,
          );
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS * attempt));
      }
    }
  }
}
