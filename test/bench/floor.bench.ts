// The stack's floor under the documents API: how near to a bare node:http + pg server the same list of 30
// achievements can come on this stack before any of Veri's own work. Side by side in one run, autocannon in
// a process of its own: bare node:http with the list statement; the same with the statement that finds who
// is asking first (the portal's bearer-token statement); Express doing those two; Nest on Express (the
// portal's framework, nothing else) doing those two; the portal's platform without its contexts
// (platform-floor.ts) doing those two through MikroORM; and the portal's GET /api/v1/me/achievements.
import { Controller, Get, Headers, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import express from 'express';
import { createServer, IncomingHttpHeaders } from 'node:http';
import { Pool } from 'pg';
import {
  bearer,
  benchPasswordHash,
  benchSeconds,
  candidateEmail,
  candidateNumber,
  insertCandidates,
  LIST_SQL,
  loadAchievements,
  nextAddress,
  round,
  run,
  settle,
  withClient,
} from './fixtures';
import { listOfBearer, onPool } from './floor-list';
import { startPlatformFloor } from './platform-floor';
import {
  benchPort,
  listenBare,
  load,
  LoadResult,
  machine,
  machineLoad,
  sendJson,
  startPortal,
  table,
  writeSection,
} from './support';

const ACHIEVEMENTS = Number(process.env.BENCH_ACHIEVEMENTS ?? 100_000);
const MINE = 30;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

let pool: Pool;

@Controller()
class FloorController {
  @Get('list')
  async list(@Headers() headers: IncomingHttpHeaders): Promise<{ items: unknown[] }> {
    return (await listOfBearer(headers.authorization, onPool(pool))) ?? { items: [] };
  }
}

@Module({ controllers: [FloorController] })
class FloorModule {}

run(async () => {
  const seconds = benchSeconds(8);
  const portal = await startPortal('floor', { TRUST_PROXY: 'true' });
  await withClient(portal.databaseUrl, async (client) =>
    insertCandidates(client, {
      prefix: 'F',
      count: 1,
      withAccounts: 1,
      passwordHash: await benchPasswordHash(),
    }),
  );
  const number = candidateNumber('F', 1);
  await loadAchievements(portal.databaseUrl, number, ACHIEVEMENTS, MINE);
  const token = await bearer(portal.baseUrl, candidateEmail('F', 1));
  const headers = { authorization: `Bearer ${token}` };
  pool = new Pool({ connectionString: portal.databaseUrl, max: 10 });

  const bareOne = createServer((_req, res) => {
    pool.query(LIST_SQL, [number]).then(
      ({ rows }) => sendJson(res, 200, { items: rows }),
      (error: Error) => sendJson(res, 500, { error: error.message }),
    );
  });
  const bareTwo = createServer((req, res) => {
    listOfBearer(req.headers.authorization, onPool(pool)).then(
      (body) => sendJson(res, body ? 200 : 401, body ?? {}),
      (error: Error) => sendJson(res, 500, { error: error.message }),
    );
  });
  const plainExpress = express();
  plainExpress.get('/list', (req, res, next) => {
    listOfBearer(req.headers.authorization, onPool(pool)).then(
      (body) => (body ? res.json(body) : res.sendStatus(401)),
      next,
    );
  });
  const nest = await NestFactory.create(FloorModule, { logger: false });
  const nestPort = benchPort();
  await nest.listen(nestPort, '127.0.0.1');
  const expressServer = createServer(plainExpress);
  const platform = await startPlatformFloor(portal.config, pool);

  const targets: Array<[string, string]> = [
    ['bare node:http + pg, the list statement (the baseline)', `${await listenBare(bareOne)}/`],
    ['bare node:http + pg, the bearer-token statement, then the list', `${await listenBare(bareTwo)}/`],
    ['Express + pg, the same two statements', `${await listenBare(expressServer)}/list`],
    ['Nest on Express + pg, the same two statements', `http://127.0.0.1:${nestPort}/list`],
    ["the portal's platform, no contexts: the same two statements on pg", platform.pgUrl],
    ["the portal's platform, no contexts: the same two statements through MikroORM", platform.url],
    [
      `Veri: GET /api/v1/me/achievements?pageSize=${MINE}`,
      `${portal.baseUrl}/api/v1/me/achievements?pageSize=${MINE}`,
    ],
  ];
  for (const [, url] of targets) {
    const check = await fetch(url, { headers: { ...headers, 'x-forwarded-for': nextAddress() } });
    const body = (await check.json()) as { items?: unknown[] };
    if (check.status !== 200 || body.items?.length !== MINE) throw new Error(`${url}: ${check.status}`);
  }

  // ROUNDS rounds, each target once a round, so that the machine's drift falls on every row alike; each row
  // is its median round.
  const loadBefore = machineLoad();
  await load('warm-up', { url: targets[0][1], duration: 1 });
  const rounds: LoadResult[][] = targets.map(() => []);
  for (let pass = 0; pass < ROUNDS; pass++)
    for (const [i, [label, url]] of targets.entries()) {
      // Every request from another client address (TRUST_PROXY=true), so the portal's throttle never answers;
      // the bare servers get the same requests, so the load generator does the same work for every row.
      await load('warm-up', { url, duration: 1, headers, manyClients: true });
      rounds[i].push(
        await load(label, { url, duration: seconds, connections: 10, headers, manyClients: true }),
      );
    }
  const loadAfter = machineLoad();
  const results = rounds.map((runs) => {
    const sorted = [...runs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
    return sorted[Math.floor(sorted.length / 2)];
  });
  const bare = Math.max(1, results[0].requestsPerSecond);
  const ratios = results.map((r) => `${round(r.requestsPerSecond / bare, 2)}`);
  const shortNames = [
    'baseline',
    'plus the bearer-token statement',
    'Express',
    'Nest on Express',
    "the portal's platform on pg",
    "the portal's platform through MikroORM",
    'Veri',
  ];
  const spread = rounds.map((runs) => runs.map((r) => r.requestsPerSecond).join(', '));

  writeSection(
    'floor',
    `## The stack's floor under the documents API

${new Date().toISOString().slice(0, 10)}, ${machine()}; load average (1 / 5 / 15 min) ${loadBefore} before, ${loadAfter} after.
Run: \`npm run bench -- floor\` (BENCH_ACHIEVEMENTS=${ACHIEVEMENTS}, BENCH_SECONDS=${seconds}, BENCH_ROUNDS=${ROUNDS}). ${MINE} of the ${ACHIEVEMENTS} achievements are
the candidate's; every server runs in the benchmark's process, one after another, and autocannon (10 connections,
${seconds} s each, the same bearer token, each request from another client address) in a process of its own. The servers below the baseline add, one at a time,
what every authenticated read needs at the least: the statement that finds who is asking (the portal's own,
with pg and nothing between), then Express, then Nest on Express; none of these logs, throttles, sets security
headers or validates anything. The portal's platform is the portal without its contexts (test/bench/platform-floor.ts):
its modules and configureHttpApp (request log, metrics, security headers, cookie and body parsing, the session and
CSRF checks, the throttle guard, the validation pipe, MikroORM's request context) around one route that runs the same
two statements through MikroORM's connection, as the portal's SQL adapters do (and, a row before, on a pg pool of
their own, which tells MikroORM's share). What the portal adds to it is its own
work: the principal middleware, the roles guard, the query bus and the cards' mapping.

${table(results)}

Each row is the median of ${ROUNDS} rounds (every target once a round); req/s of each round: ${spread.map((x, i) => `row ${i + 1}: ${x}`).join('; ')}.

As a share of the baseline's requests per second: ${shortNames.map((name, i) => `${name} **${ratios[i]}**`).join('; ')}.`,
  );
  console.log(table(results));
  console.log(ratios);
  await nest.close();
  await platform.close();
  bareOne.close();
  bareTwo.close();
  expressServer.close();
  await pool.end();
  await settle(500);
  await portal.close();
});
