// One web process against two (WEB_PROCESSES=2, Node cluster on one port): the portal started as an
// operator starts it (src/main.ts in a process of its own), the landing page and GET /api/v1/faq driven by
// autocannon from another process, next to a bare node:http server answering the landing page's bytes.
import { createServer } from 'node:http';
import { Client } from 'pg';
import { benchSeconds, round, run, today } from './fixtures';
import {
  listenBare,
  load,
  LoadResult,
  machine,
  machineLoad,
  startMainProcess,
  table,
  writeSection,
} from './support';

const share = (portal: LoadResult, bare: LoadResult) =>
  round(portal.requestsPerSecond / Math.max(1, bare.requestsPerSecond));

run(async () => {
  const server = process.env.DATABASE_URL;
  if (!server) throw new Error('Set DATABASE_URL to a Postgres server (a database is made on it)');
  const database = `veri_bench_processes${process.env.BENCH_DB_SUFFIX ?? ''}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${database}`;

  const duration = benchSeconds(10);
  const rows: LoadResult[] = [];
  const shares: string[] = [];
  const loadBefore = machineLoad();
  for (const processes of [1, 2]) {
    const portal = await startMainProcess(processes, url.toString());
    const page = await fetch(`${portal.base}/`);
    const body = Buffer.from(await page.arrayBuffer());
    const bare = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
      res.end(body);
    });
    const bareUrl = await listenBare(bare);
    const many = (path: string) => [{ method: 'GET' as const, path, manyClients: true }];
    await load('warm-up', { url: portal.base, duration: 3, requests: many('/') });
    const bareResult = await load(`bare node:http, landing page bytes (next to ${processes})`, {
      url: bareUrl,
      duration,
    });
    const landing = await load(`landing page, ${processes} web process${processes > 1 ? 'es' : ''}`, {
      url: portal.base,
      duration,
      requests: many('/'),
    });
    const faq = await load(`GET /api/v1/faq, ${processes} web process${processes > 1 ? 'es' : ''}`, {
      url: portal.base,
      duration,
      requests: many('/api/v1/faq'),
    });
    rows.push(bareResult, landing, faq);
    shares.push(
      `| ${processes} | ${landing.requestsPerSecond} | ${share(landing, bareResult)} | ${faq.requestsPerSecond} |`,
    );
    bare.close();
    await portal.stop();
  }
  const loadAfter = machineLoad();

  writeSection(
    'processes',
    `## One web process or two (WEB_PROCESSES)

${today()}, ${machine()}; load average (1 / 5 / 15 min) ${loadBefore} before and ${loadAfter} after the run. The portal ran as
\`src/main.ts\` in a process of its own (with WEB_PROCESSES=2 a supervisor and two web processes on one port), autocannon in
another, 20 connections, ${duration} s each; the bare server (one process, the benchmark's) answered the landing page's bytes.
Run: \`npm run bench -- processes\`.

${table(rows)}

| web processes | landing req/s | share of bare | /api/v1/faq req/s |
| ---: | ---: | ---: | ---: |
${shares.join('\n')}`,
  );
  console.log(table(rows));
  console.log(shares.join('\n'));
});
