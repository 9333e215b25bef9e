// Per-request overhead: the landing page and GET /health of the whole portal (helmet, logging, metrics,
// sessions, CSRF, views) against a bare node:http server answering the same bytes, side by side in one
// run; autocannon runs in its own process.
import { createServer } from 'node:http';
import { benchSeconds, run, today } from './fixtures';
import {
  BENCH_ROUNDS,
  inAlternatingRounds,
  listenBare,
  load,
  machine,
  machineLoad,
  profiledInFirstRound,
  roundsOf,
  startPortal,
  table,
  writeSection,
} from './support';

/** Each request from its own client address (TRUST_PROXY=true), so the per-address throttle never answers. */
const fromManyClients = (path: string) => [{ method: 'GET' as const, path, manyClients: true }];

async function bareServing(url: string) {
  const page = await fetch(url);
  const body = Buffer.from(await page.arrayBuffer());
  const contentType = page.headers.get('content-type') ?? 'text/html';
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': contentType, 'content-length': body.length });
    res.end(body);
  });
  return { server, url: await listenBare(server), bytes: body.length };
}

run(async () => {
  const portal = await startPortal('landing', { TRUST_PROXY: 'true' });
  const landingBare = await bareServing(`${portal.baseUrl}/`);
  const healthBare = await bareServing(`${portal.baseUrl}/health`);
  const duration = benchSeconds(5);
  const loadBefore = machineLoad();

  await load('warm-up', { url: portal.baseUrl, duration: 2, requests: fromManyClients('/') });
  const [landing] = await inAlternatingRounds(
    () => load('bare node:http, same bytes as the landing page', { url: `${landingBare.url}/`, duration }),
    [
      (round) =>
        profiledInFirstRound('landing', round, () =>
          load('Veri landing page (GET /)', {
            url: portal.baseUrl,
            duration,
            requests: fromManyClients('/'),
          }),
        ),
    ],
  );
  const [health] = await inAlternatingRounds(
    () => load('bare node:http, same bytes as /health', { url: `${healthBare.url}/health`, duration }),
    [
      (round) =>
        profiledInFirstRound('health', round, () =>
          load('Veri GET /health', { url: portal.baseUrl, duration, requests: fromManyClients('/health') }),
        ),
    ],
  );
  const loadAfter = machineLoad();

  writeSection(
    'landing',
    `## Per-request overhead: the landing page and GET /health against a bare Node server

${today()}, ${machine()}; load average (1 / 5 / 15 min) ${loadBefore} before and ${loadAfter} after the run.
autocannon in its own process, 20 connections, ${duration} s a run, in ${BENCH_ROUNDS} alternating rounds (bare, then the portal) for each
row, the median round's ratio the figure and its runs in the table; the portal and the bare servers
share the benchmark's process (measured one at a time), each bare server answers the same bytes as the portal
(landing page ${landingBare.bytes} bytes, /health ${healthBare.bytes} bytes). Run: \`npm run bench -- landing\`.

${table([landing.bare, landing.portal, health.bare, health.portal])}

| ratio to bare (req/s) | measured (median round; each round) | target |
| --- | ---: | ---: |
| landing page | ${roundsOf(landing)} | >= 0.35 |
| GET /health | ${roundsOf(health)} | >= 0.6 |

Every request came from its own client address (TRUST_PROXY=true, X-Forwarded-For), so the throttle counted but never refused.`,
  );
  console.log(table([landing.bare, landing.portal, health.bare, health.portal]));
  console.log(`ratios: landing ${roundsOf(landing)}, health ${roundsOf(health)}`);
  landingBare.server.close();
  healthBare.server.close();
  await portal.close();
});
