// GET /health, the liveness probe, answered by the HTTP server before Express sees the request: the
// probe asks whether the process answers, and none of the middleware (sessions, CSRF, logging, helmet,
// routing) has anything to add. Load balancers call it every few seconds on every process; answering it
// through the whole stack cost as much as a page (docs/benchmarks.md). Readiness (/health/ready) still
// goes through the HealthController, since it checks the database, the queue and Chromium.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/** The same body @nestjs/terminus answers for a check list without indicators. */
export const LIVENESS_BODY = JSON.stringify({ status: 'ok', info: {}, error: {}, details: {} });
const LIVENESS_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'content-length': Buffer.byteLength(LIVENESS_BODY),
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

function isLivenessProbe(req: IncomingMessage): boolean {
  return (req.method === 'GET' || req.method === 'HEAD') && (req.url === '/health' || req.url === '/health/');
}

/** Puts the liveness answer in front of the server's request handler (Express). */
export function answerLivenessFirst(server: Server): void {
  const handlers = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!isLivenessProbe(req)) {
      for (const handler of handlers) handler(req, res);
      return;
    }
    res.writeHead(200, LIVENESS_HEADERS);
    res.end(req.method === 'HEAD' ? undefined : LIVENESS_BODY);
  });
}
