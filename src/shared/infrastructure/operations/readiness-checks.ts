// What "ready to serve" means for this process (api.md Operations: Postgres, the queue, Chromium).
// Postgres is checked by the health controller itself; the checks of other ports are listed here, the
// one place to add another. A port missing from the application (a process that does not have it) is
// left out rather than reported down.
import { JobQueue } from '../../application/job-queue';
import { PdfRenderer } from '../../application/pdf-renderer';

export interface ReadinessOutcome {
  up: boolean;
  detail?: string;
  [extra: string]: unknown;
}

export interface ReadinessCheck<TPort = unknown> {
  key: string;
  port: abstract new (...args: never[]) => TPort;
  check(port: TPort): Promise<ReadinessOutcome>;
}

function define<TPort>(check: ReadinessCheck<TPort>): ReadinessCheck {
  return check as ReadinessCheck;
}

export const READINESS_CHECKS: ReadinessCheck[] = [
  define<JobQueue>({ key: 'queue', port: JobQueue, check: async (queue) => ({ ...(await queue.health()) }) }),
  define<PdfRenderer>({
    key: 'pdf',
    port: PdfRenderer,
    check: async (renderer) => ({ ...(await renderer.health()) }),
  }),
];

/** A check that does not answer in time is down: readiness must answer quickly. */
export const READINESS_TIMEOUT_MS = 2000;
