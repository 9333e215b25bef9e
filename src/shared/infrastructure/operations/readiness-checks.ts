// What "ready to serve" means for this process (api.md Operations: readiness per role). Postgres is
// checked by the health controller itself and always decides; the checks of other ports are listed here,
// the one place to add another. A port missing from the application (a process that does not have it)
// is left out rather than reported down. A check that does not decide for this role is still reported,
// so the operator sees it, but it does not take the process out of the load balancer.
import { AppConfig } from '../../../config/app-config';
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
  /** Whether this process is unready while the check is down. */
  decides(config: Pick<AppConfig, 'runWorkers'>): boolean;
}

function define<TPort>(check: ReadinessCheck<TPort>): ReadinessCheck {
  return check as ReadinessCheck;
}

export const READINESS_CHECKS: ReadinessCheck[] = [
  define<JobQueue>({
    key: 'queue',
    port: JobQueue,
    check: async (queue) => ({ ...(await queue.health()) }),
    // Requests only enqueue through the outbox in Postgres, so a web process serves without Redis;
    // a process that consumes jobs (a worker, or a web process running workers) cannot work without it.
    decides: (config) => config.runWorkers,
  }),
  define<PdfRenderer>({
    key: 'pdf',
    port: PdfRenderer,
    check: async (renderer) => ({ ...(await renderer.health()) }),
    // Without Chromium a PDF request answers 503 with the install hint; every other request is served.
    decides: () => false,
  }),
];

/** A check that does not answer in time is down: readiness must answer quickly. */
export const READINESS_TIMEOUT_MS = 2000;
