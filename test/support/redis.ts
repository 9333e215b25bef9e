// Suites that need a Redis server. When the run has none (no REDIS_URL, no container runtime, no
// redis-server binary: see global-setup.ts), they are skipped, and the run ends with one line naming
// them; under CI=true the run has failed before getting here. Every other suite runs as usual.
import { appendFileSync } from 'node:fs';
import { basename } from 'node:path';

function skippedFor(what: string, file: string): typeof describe.skip {
  const list = process.env.TEST_SKIPPED_SUITES_FILE;
  if (list) appendFileSync(list, `${basename(file)} (${what})\n`);
  return describe.skip;
}

/** `describe` when the run has a Redis (TEST_REDIS_URL), otherwise `describe.skip`, noted for the end-of-run line. */
export function describeWithRedis(file: string): typeof describe {
  return process.env.TEST_REDIS_URL ? describe : skippedFor('needs Redis', file);
}

/** `describe` when the redis-server binary is here (the suite starts and stops its own), otherwise skipped and noted. */
export function describeWithRedisServer(file: string): typeof describe {
  return process.env.TEST_REDIS_SERVER_PATH ? describe : skippedFor('needs redis-server', file);
}
