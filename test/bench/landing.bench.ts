// Landing page throughput: the whole portal (sessions, CSRF, helmet, logging, views) against a bare
// node:http server answering the same bytes, side by side in one run on one machine.
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { nextAddress } from './fixtures';
import { load, machine, startPortal, table, writeSection } from './support';

/** Each request from its own client address (TRUST_PROXY=true), so the per-address throttle never answers. */
const fromManyClients = [
  {
    method: 'GET' as const,
    path: '/',
    setupRequest: (req: object) => ({ ...req, headers: { 'x-forwarded-for': nextAddress() } }),
  },
];

async function main(): Promise<void> {
  const portal = await startPortal('landing', { TRUST_PROXY: 'true' });
  const page = await fetch(`${portal.baseUrl}/`);
  const body = Buffer.from(await page.arrayBuffer());
  const contentType = page.headers.get('content-type') ?? 'text/html';

  const bare = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': contentType, 'content-length': body.length });
    res.end(body);
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;

  const duration = Number(process.env.BENCH_SECONDS ?? 10);
  await load('warm-up', { url: `${portal.baseUrl}/`, duration: 2, requests: fromManyClients });
  const results = [
    await load('bare node:http, same bytes', { url: bareUrl, duration }),
    await load('Veri landing page (GET /)', {
      url: `${portal.baseUrl}/`,
      duration,
      requests: fromManyClients,
    }),
  ];
  const ratio = (results[0].requestsPerSecond / Math.max(1, results[1].requestsPerSecond)).toFixed(1);

  writeSection(
    'landing',
    `## Landing page against a bare Node server

${new Date().toISOString().slice(0, 10)}, ${machine()}; autocannon, 20 connections, ${duration} s each; both servers and
autocannon share one Node process (as the other benchmarks do), same response bytes (${body.length} bytes). Run: \`npm run bench -- landing\`.

${table(results)}

The bare server answers **${ratio}×** the requests per second of the full portal page. The difference is
the cost of what a real page needs on every request: helmet headers, request logging with a request id,
metrics, the per-address throttle, a CSRF token (bound to a visitor cookie, so no session row is written
for a visitor) and the handlebars render with its layout (compiled views are cached). Every request came
from its own client address (TRUST_PROXY=true, X-Forwarded-For), so the throttle counted but never refused.`,
  );
  console.log(table(results));
  bare.close();
  await portal.close();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
