import { createServer } from 'node:net';

/** The faults tests start their own servers (Redis, web processes) on ports of this range only. */
const FIRST = 42000;
const LAST = 42999;

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A port of the range (the faults tests' own by default) that nothing listens on now. */
export async function freePortInRange(first = FIRST, last = LAST): Promise<number> {
  for (let tries = 0; tries < 200; tries++) {
    const port = first + Math.floor(Math.random() * (last - first + 1));
    if (await isFree(port)) return port;
  }
  throw new Error(`No free port between ${first} and ${last}`);
}
