// Memory of one web process under a mix of requests: the portal built and started as `npm start` starts
// it (dist/src/main.js with the Node flags of package.json's start script; BENCH_NODE_FLAGS="" for
// none), 10,000 requests in steps of 1,000 from autocannon in its own process (landing page, GET /health,
// the signed-in API, a signed-in page), the web process's RSS read from /proc after each step.
// Target: at most 300 MB after 10,000 requests, and no upward trend.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  BENCH_PASSWORD,
  bearer,
  benchPasswordHash,
  candidateEmail,
  candidateNumber,
  insertCandidates,
  round,
  run,
  today,
  withClient,
} from './fixtures';
import { load, machine, machineLoad, RequestSpec, startMainProcess } from './support';

const ROOT = join(__dirname, '../..');
const STEPS = Number(process.env.BENCH_STEPS ?? 10);
const PER_STEP = 1000;
const PREFIX = 'M';
const ACHIEVEMENTS = 30;

/** The Node flags `npm start` gives (package.json), unless BENCH_NODE_FLAGS says otherwise. */
function nodeFlags(): string[] {
  if (process.env.BENCH_NODE_FLAGS !== undefined)
    return process.env.BENCH_NODE_FLAGS.split(' ').filter(Boolean);
  const start: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.start;
  return start.split(' ').filter((word) => word.startsWith('--'));
}

const rssMb = (pid: number) =>
  round(Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024, 1);

run(async () => {
  const flags = nodeFlags();
  if (process.env.BENCH_SKIP_BUILD !== 'true')
    execFileSync('npm', ['run', 'build:emit', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  const server = process.env.DATABASE_URL;
  if (!server) throw new Error('Set DATABASE_URL to a Postgres server (a database is made on it)');
  const database = `veri_bench_memory${process.env.BENCH_DB_SUFFIX ?? ''}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${database}`;

  // The built portal, as `npm start` runs it; it applies the migrations.
  const { child, base } = await startMainProcess(1, url.toString(), {
    env: { NODE_ENV: 'test' },
    flags,
    script: join(ROOT, 'dist/src/main.js'),
  });
  const hash = await benchPasswordHash();
  await withClient(url.toString(), async (client) => {
    await insertCandidates(client, { prefix: PREFIX, count: 1, withAccounts: 1, passwordHash: hash });
    await client.query(
      `INSERT INTO achievements (id, certificate_number, kind, title, qualification_number, candidate_number, full_name, grade,
         issue_date, centre, units, verification_code)
       SELECT md5('mem-' || i)::uuid, 'MM' || lpad(i::text, 8, '0') || '-01-BN1', 'qualification',
              'Level 3 Award in Vehicle Technology ' || i, '600/' || lpad(i::text, 4, '0') || '/1', $1, 'Ada Lovelace',
              'Pass', date '2018-01-01' + i, 'Bench Centre',
              '[{"unitNumber":"U1","title":"Health and safety","credit":10,"grade":"Pass"}]'::jsonb,
              upper(substr(md5('v' || i), 1, 4) || '-' || substr(md5('v' || i), 5, 4) || '-' || substr(md5('v' || i), 9, 4) || '-' || substr(md5('v' || i), 13, 4))
       FROM generate_series(1, $2::int) AS i`,
      [candidateNumber(PREFIX, 1), ACHIEVEMENTS],
    );
  });
  const token = await bearer(base, candidateEmail(PREFIX, 1), BENCH_PASSWORD);
  const signedIn = { authorization: `Bearer ${token}` };
  const mix: RequestSpec[] = [
    { path: '/', manyClients: true },
    { path: '/health', manyClients: true },
    { path: '/api/v1/me/achievements?pageSize=30', headers: signedIn, manyClients: true },
    { path: '/documents', headers: signedIn, manyClients: true },
  ];

  const series: Array<{ requests: number; rss: number; load: string; rps: number; errors: number }> = [];
  series.push({ requests: 0, rss: rssMb(child.pid!), load: machineLoad(), rps: 0, errors: 0 });
  for (let step = 1; step <= STEPS; step++) {
    const result = await load(`step ${step}`, {
      url: base,
      connections: 10,
      amount: PER_STEP,
      requests: mix,
    });
    series.push({
      requests: step * PER_STEP,
      rss: rssMb(child.pid!),
      load: machineLoad(),
      rps: result.requestsPerSecond,
      errors: result.errors + result.non2xx,
    });
  }
  child.kill('SIGTERM');

  const rows = series.map((s) => `| ${s.requests} | ${s.rss} | ${s.rps} | ${s.errors} | ${s.load} |`);
  const last = series.at(-1)!;
  const secondHalf = series.slice(Math.ceil(series.length / 2));
  const peak = Math.max(...series.map((s) => s.rss));
  const trend = round(secondHalf.at(-1)!.rss - secondHalf[0].rss, 1);
  console.log(`## Memory: one web process after ${STEPS * PER_STEP} mixed requests

${today()}, ${machine()}. Run: \`npm run bench -- memory\`. \`node ${flags.join(' ')} dist/src/main.js\` (the flags of \`npm start\`${
    process.env.BENCH_NODE_FLAGS !== undefined ? ', overridden by BENCH_NODE_FLAGS' : ''
  }), NODE_ENV=test, one web process; autocannon in its own process, 10 connections, ${PER_STEP} requests per step, the four
requests in turn: GET / (landing page), GET /health, GET /api/v1/me/achievements?pageSize=30 and the /documents page (bearer
token, ${ACHIEVEMENTS} achievements). RSS of the web process (VmRSS) after each step.

| requests | RSS MB | req/s | errors | load average (1 / 5 / 15 min) |
| ---: | ---: | ---: | ---: | --- |
${rows.join('\n')}

RSS after ${last.requests} requests **${last.rss} MB** (target <= 300), peak ${peak} MB; change over the second half ${trend} MB.`);
});
