// How a Veri process stops on SIGTERM (an orchestrator, a deployment) or SIGINT (Ctrl-C): first it stops
// taking work, then lets the work in flight finish, and only then closes what that work needs (the PDF
// pool, the queue, the database). Closing in Nest's order alone closed the PDF pool before the HTTP
// server stopped, so downloads in flight failed while new requests were still served.
import type { INestApplicationContext, LoggerService } from '@nestjs/common';
import type { Server } from 'node:http';
import { OutboxRelay } from './shared/infrastructure/outbox/outbox-relay';

export interface ShutdownPlan {
  role: 'web' | 'worker';
  app: INestApplicationContext;
  logger: LoggerService;
  /** How long requests (and, through app.close, jobs) in flight may take. */
  graceMs: number;
  /** The web process's HTTP server; none for a worker. */
  server?: Server;
  /** Last of all, after the application: the embedded database, when this process started one. */
  afterClose?: () => Promise<void>;
}

/** Counts the requests in flight, and once draining, answers each with `Connection: close`. */
class RequestsInFlight {
  count = 0;
  finishedWhileDraining = 0;
  private draining = false;
  private idle?: () => void;

  constructor(server: Server) {
    server.on('request', (_req, res) => {
      this.count++;
      if (this.draining) res.shouldKeepAlive = false;
      res.once('close', () => {
        this.count--;
        if (this.draining) this.finishedWhileDraining++;
        if (this.count === 0) this.idle?.();
      });
    });
  }

  /** Resolves when no request is in flight, or after `ms`; true when they all finished. */
  drain(ms: number): Promise<boolean> {
    this.draining = true;
    if (this.count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), ms);
      this.idle = () => {
        clearTimeout(timer);
        resolve(true);
      };
    });
  }
}

/** Installs the SIGTERM and SIGINT handlers; the process exits 0 once everything is closed. */
export function stopGracefully(plan: ShutdownPlan): void {
  const requests = plan.server ? new RequestsInFlight(plan.server) : undefined;
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const started = Date.now();
    plan.logger.log(
      `${signal}: stopping (${plan.role}); work in flight may take ${plan.graceMs} ms`,
      'Shutdown',
    );
    // Rows not yet relayed stay in the outbox, the record, for the next process to relay.
    await plan.app.get(OutboxRelay, { strict: false }).stop();
    let cutOff = 0;
    if (plan.server && requests) {
      plan.server.close();
      plan.server.closeIdleConnections();
      const finished = await requests.drain(plan.graceMs);
      if (!finished) {
        cutOff = requests.count;
        plan.server.closeAllConnections();
      }
    }
    await plan.app.close(); // jobs in flight finish (JobWorker), then the PDF pool, the queue, the database pool
    await plan.afterClose?.();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const work = requests
      ? `; ${requests.finishedWhileDraining} request(s) finished during shutdown${cutOff ? `, ${cutOff} cut off at the limit` : ''}`
      : '';
    plan.logger.log(`Veri stopped (${plan.role}) after ${seconds} s${work}`, 'Shutdown');
    process.exit(0);
  };
  // `on`, not `once`: a repeat is ignored rather than killing the process mid-drain. Under WEB_PROCESSES
  // the terminal's Ctrl-C reaches each web process and the supervisor, which passes it on once more.
  process.on('SIGINT', (signal) => void stop(signal));
  process.on('SIGTERM', (signal) => void stop(signal));
}
