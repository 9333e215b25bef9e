// WEB_PROCESSES=N: one `node dist/src/main.js` runs N web processes sharing one port (Node's cluster
// module hands each new connection to one of them), so a machine's cores all serve requests; a single
// Node process uses one core for JavaScript. The first process is started alone and does what happens
// once (migrations, demo data, the embedded database, and the relay, queue consumers and scheduler when
// RUN_WORKERS is true); the others follow once it listens, as web processes only. A process that dies is
// replaced; SIGTERM or SIGINT stops them all.
import cluster, { Worker } from 'node:cluster';

/**
 * V8's heap limit for a web process. Without it V8 sizes the old generation from the machine's memory
 * (4 GB on a 24 GB machine) and collects late: a web process swung between 270 and 400 MB of RSS over
 * 10,000 ordinary requests; with it, RSS stayed flat near 230 MB (`npm run bench -- memory`). `npm start` and docker-compose.yml
 * pass the same flag; a heap limit given to the supervisor is passed on instead.
 */
export const WEB_HEAP_LIMIT_FLAG = '--max-old-space-size=256';

/** Node flags of the web processes: the supervisor's own, with the heap limit unless it set one. */
export function webProcessExecArgv(supervisorExecArgv: string[]): string[] {
  const hasLimit = supervisorExecArgv.some((flag) => flag.startsWith('--max-old-space-size'));
  return hasLimit ? supervisorExecArgv : [...supervisorExecArgv, WEB_HEAP_LIMIT_FLAG];
}

/** Environment of the processes after the first: web only, nothing done twice. */
const FOLLOWER_ENV = { RUN_WORKERS: 'false', MIGRATE_ON_START: 'false', DEMO_DATA: 'false' };

export function superviseWebProcesses(count: number, log: (message: string) => void): void {
  let stopping = false;
  const roles = new Map<Worker, Record<string, string>>();
  cluster.setupPrimary({ execArgv: webProcessExecArgv(process.execArgv) });
  const start = (env: Record<string, string>): Worker => {
    const worker = cluster.fork(env);
    roles.set(worker, env);
    return worker;
  };

  const first = start({});
  first.once('listening', () => {
    for (let i = 1; i < count; i++) start(FOLLOWER_ENV);
  });
  cluster.on('exit', (worker, code, signal) => {
    const env = roles.get(worker) ?? FOLLOWER_ENV;
    roles.delete(worker);
    if (stopping) {
      if (roles.size === 0) process.exit(0);
      return;
    }
    log(`Web process ${worker.process.pid} ended (${signal ?? code}); starting another`);
    start(env);
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    if (roles.size === 0) process.exit(0);
    for (const worker of roles.keys()) worker.process.kill(signal);
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  log(`Starting ${count} web processes`);
}

export const isWebProcessSupervisor = (count: number): boolean => count > 1 && cluster.isPrimary;
