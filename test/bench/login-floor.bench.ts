// The stack's floor under the login: how near to raw argon2.verify a login can come on this stack before any of
// Veri's own work, as floor.bench.ts does for the documents API. Side by side in alternating rounds, in this
// process (one libuv pool of 4 threads hashes for all of them), autocannon in a process of its own: raw
// argon2.verify with 4 in flight (the baseline, as in login.bench.ts); bare node:http + pg doing a login's least
// (floor-login.ts: read the account, verify, keep a token); Nest on Express doing the same with the portal's
// validation pipe and request DTO; the portal's platform without its contexts (platform-floor.ts) doing it through
// MikroORM behind the portal's login throttle; and the portal's POST /api/v1/auth/token.
import { Body, Controller, HttpCode, Module, Post, UnauthorizedException } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createServer } from 'node:http';
import { Pool } from 'pg';
import { CreateTokenRequest } from '../../src/identity/interface/dto/auth.requests';
import { createValidationPipe } from '../../src/shared/web/validation/validation-pipe';
import { benchSeconds, loginAccounts, quantilesOf, rawVerify, round, run, settle } from './fixtures';
import { FloorToken, logInOnFloor } from './floor-login';
import { onPool } from './floor-list';
import { startPlatformFloor } from './platform-floor';
import {
  benchPort,
  inAlternatingRounds,
  listenBare,
  loadLogins,
  LoadResult,
  machine,
  machineLoad,
  roundsOf,
  sendJson,
  startPortal,
  table,
  writeSection,
} from './support';

const ACCOUNTS = 200;
const PREFIX = 'G';
const IN_FLIGHT = 4;
const CONNECTIONS = 8;

let pool: Pool;

@Controller()
class LoginFloorController {
  @Post('login')
  @HttpCode(200)
  async logIn(@Body() body: CreateTokenRequest): Promise<FloorToken> {
    const token = await logInOnFloor(body.email, body.password, onPool(pool));
    if (!token) throw new UnauthorizedException();
    return token;
  }
}

@Module({ controllers: [LoginFloorController] })
class LoginFloorModule {}

/** The raw verifications of one round, as a row of the table (its latencies at the quantiles autocannon gives). */
async function rawRow(hash: string, seconds: number): Promise<LoadResult> {
  const raw = await rawVerify(hash, IN_FLIGHT, seconds);
  const at = quantilesOf(raw.latencies);
  return {
    label: `raw argon2.verify, ${IN_FLIGHT} in flight (the baseline)`,
    requestsPerSecond: raw.perSecond,
    latencyP50: round(at(0.5), 1),
    latencyP95: round(at(0.975), 1),
    latencyP99: round(at(0.99), 1),
    errors: 0,
    non2xx: 0,
    requests: raw.latencies.length,
  };
}

run(async () => {
  const seconds = benchSeconds(8);
  const portal = await startPortal('login_floor', { TRUST_PROXY: 'true' });
  const { hash, bodies } = await loginAccounts(portal.databaseUrl, PREFIX, ACCOUNTS);
  pool = new Pool({ connectionString: portal.databaseUrl, max: 10 });

  const bare = createServer((req, res) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => {
      const { email, password } = JSON.parse(text) as { email: string; password: string };
      logInOnFloor(email, password, onPool(pool)).then(
        (token) => sendJson(res, token ? 200 : 401, token ?? {}),
        (error: Error) => sendJson(res, 500, { error: error.message }),
      );
    });
  });
  const nest = await NestFactory.create(LoginFloorModule, { logger: false });
  nest.useGlobalPipes(createValidationPipe());
  const nestPort = benchPort();
  await nest.listen(nestPort, '127.0.0.1');
  const platform = await startPlatformFloor(portal.config, pool);

  const targets: Array<[string, string]> = [
    ['bare node:http + pg: read the account, verify, keep a token', `${await listenBare(bare)}/`],
    [
      "Nest on Express + pg, the same, with the portal's validation pipe and DTO",
      `http://127.0.0.1:${nestPort}/login`,
    ],
    ["the portal's platform, no contexts: the same through MikroORM, the login throttle", platform.loginUrl],
    ['Veri: POST /api/v1/auth/token', `${portal.baseUrl}/api/v1/auth/token`],
  ];
  for (const [, url] of targets) {
    const check = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: bodies[0],
    });
    const body = (await check.json()) as { accessToken?: string };
    if (check.status !== 200 || !body.accessToken) throw new Error(`${url}: ${check.status}`);
  }
  const logins = (label: string, url: string, duration: number) =>
    loadLogins(label, url, bodies, { connections: CONNECTIONS, duration });

  const loadBefore = machineLoad();
  await rawVerify(hash, IN_FLIGHT, 2);
  const rows = await inAlternatingRounds(
    () => rawRow(hash, seconds),
    targets.map(([label, url]) => async () => {
      await logins('warm-up', url, 1);
      return logins(label, url, seconds);
    }),
  );
  const loadAfter = machineLoad();
  const shortNames = ['bare node:http', 'Nest on Express', "the portal's platform", 'Veri'];

  writeSection(
    'login-floor',
    `## The stack's floor under the login

${new Date().toISOString().slice(0, 10)}, ${machine()}; load average (1 / 5 / 15 min) ${loadBefore} before, ${loadAfter} after.
Run: \`npm run bench -- login-floor\` (BENCH_SECONDS=${seconds}). ${ACCOUNTS} active candidate accounts with the app's argon2id
hash; every login rotates over them, each from another client address (TRUST_PROXY=true), so no throttle answers.
Everything runs in the benchmark's process, one after another, so one libuv pool of 4 threads hashes for all;
autocannon (${CONNECTIONS} connections, ${seconds} s each) runs in a process of its own. The baseline is raw \`argon2.verify\`
with ${IN_FLIGHT} in flight, measured again in every round (the login benchmark's baseline). Each server does a login's
least (test/bench/floor-login.ts): read the account by its address, verify the password, keep the hash of a new
bearer token; two statements, as the portal's login makes. Nest on Express adds the portal's validation pipe and its
request DTO (class-validator); the portal's platform (test/bench/platform-floor.ts) adds everything every request of
the portal meets (request log, metrics, security headers, cookie and body parsing, session and CSRF checks, MikroORM's
request context) and the login throttle (counters in Redis when REDIS_URL is set). What Veri adds to it is its own
work: the failure count and lockout, the audit row, the last-login time, the command bus and the account's mapping.

${table([rows[0].bare, ...rows.map((row) => row.portal)])}

Each row is the round whose ratio to its own round's raw verifications is the median.

As a share of raw \`argon2.verify\` per second: ${shortNames.map((name, i) => `${name} **${roundsOf(rows[i])}**`).join('; ')}.`,
  );
  console.log(rows.map((row) => row.portal.label + ': ' + roundsOf(row)).join('\n'));
  await nest.close();
  await platform.close();
  bare.close();
  await pool.end();
  await settle(500);
  await portal.close();
});
