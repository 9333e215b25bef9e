import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { groupedWrites } from '../database/grouped-writes';
import { isUuid } from '../database/uuid';

const ATTEMPTS = 4;
const RETRY_DELAY_MS = 250;
/**
 * How long a completion waits for others to share its UPDATE (group commit). Measured with the emails
 * benchmark (5,000 emails, 50 jobs at once): without a wait a statement closed two or three rows and the
 * worker sent 480-510 emails/s; waiting 5-10 ms it closed several and sent 580-710/s, while 50 ms held the
 * jobs' slots too long (500/s). A job finishes at most this much later.
 */
export const GATHER_COMPLETIONS_MS = 10;
export const GATHER_COMPLETIONS = Symbol('GATHER_COMPLETIONS');

/**
 * Closes an outbox row when its job has finished (ADR 0010): completed, or failed for good. Until then
 * the relay may hand the row to the queue again. Writing the mark is retried briefly, because a job
 * whose work is done must not run again only because Postgres blinked at that moment; if it still
 * fails, the row stays open and is relayed again, which the queue ignores while it keeps the job.
 */
@Injectable()
export class OutboxJobLedger {
  private readonly logger = new Logger('OutboxJobLedger');
  private readonly close: (jobId: string) => Promise<void>;

  constructor(
    private readonly em: EntityManager,
    /** Only tests choose another window (GATHER_COMPLETIONS is never provided in the app). */
    @Optional() @Inject(GATHER_COMPLETIONS) gatherMs: number = GATHER_COMPLETIONS_MS,
  ) {
    this.close = groupedWrites(
      async (ids: string[]) => {
        await this.mark(ids, 'UPDATE outbox SET completed_at = now(), failed_at = NULL WHERE id IN (?)');
        return ids.map(() => undefined);
      },
      { gatherMs },
    );
  }

  /**
   * Resolves once the row is closed. Completions are closed together by one UPDATE: those that arrive
   * within GATHER_COMPLETIONS_MS of the first, and those that arrive while the previous write is still in
   * flight. With many jobs running at once a statement per job (and its commit) was a large share of the
   * worker's time. A job still finishes only after its own row is marked, as before.
   */
  completed(jobId: string): Promise<void> {
    // Outbox ids are UUIDs; a job run by hand (a test, a tool) may carry another id and has no row.
    if (!isUuid(jobId)) return Promise.resolve();
    return this.close(jobId);
  }

  async failed(jobId: string): Promise<void> {
    if (!isUuid(jobId)) return;
    await this.mark([jobId], 'UPDATE outbox SET failed_at = now() WHERE id IN (?) AND completed_at IS NULL');
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
