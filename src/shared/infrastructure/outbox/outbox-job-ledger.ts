import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';

/** Outbox ids are UUIDs; a job run by hand (a test, a tool) may carry another id and has no row. */
const OUTBOX_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
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

  constructor(private readonly em: EntityManager) {}

  async completed(jobId: string): Promise<void> {
    await this.mark(jobId, 'UPDATE outbox SET completed_at = now(), failed_at = NULL WHERE id = ?');
  }

  async failed(jobId: string): Promise<void> {
    await this.mark(jobId, 'UPDATE outbox SET failed_at = now() WHERE id = ? AND completed_at IS NULL');
  }

  private async mark(jobId: string, sql: string): Promise<void> {
    if (!OUTBOX_ID.test(jobId)) return;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.em.fork().getConnection().execute(sql, [jobId]);
        return;
      } catch (error) {
        if (attempt >= ATTEMPTS) {
          this.logger.error(
            `Could not record the end of job ${jobId}: ${error instanceof Error ? error.message : error}`,
          );
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS * attempt));
      }
    }
  }
}
