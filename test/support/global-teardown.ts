import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';

export default async function globalTeardown(): Promise<void> {
  const running =
    (globalThis as { __veriTestServers?: Array<{ stop(): Promise<unknown> }> }).__veriTestServers ?? [];
  for (const server of running) await server.stop();
  reportSkippedSuites();
}

/** The one line at the end of a run without Redis: which suites did not run, and how to run them. */
function reportSkippedSuites(): void {
  const list = process.env.TEST_SKIPPED_SUITES_FILE;
  if (!list) return;
  const skipped = existsSync(list) ? readFileSync(list, 'utf8').split('\n').filter(Boolean) : [];
  rmSync(dirname(list), { recursive: true, force: true });
  if (skipped.length === 0) return;
  process.stdout.write(
    `\nSkipped ${skipped.length} Redis-bound test suite(s), as this machine has no Redis: ${[...new Set(skipped)].join(', ')}. ` +
      'Set REDIS_URL, install redis-server (apt-get install -y redis-server) or start Docker to run them.\n',
  );
}
