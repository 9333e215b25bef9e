// Staff search on a realistic volume: 1,000,000 achievements and 200,000 candidate accounts, through
// the real API (GET /api/v1/admin/search, staff bearer token with its second factor), one term kind
// at a time, then under concurrent load.
import {
  benchPasswordHash,
  benchSeconds,
  insertCandidates,
  run,
  settle,
  stats,
  statsTable,
  timed,
  today,
  withClient,
} from './fixtures';
import { load, machine, machineLoad, staffToken, startPortal, table, writeSection } from './support';

const ACHIEVEMENTS = Number(process.env.BENCH_ACHIEVEMENTS ?? 1_000_000);
const CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 200_000);
const TITLES = [
  'Level 2 Award in MOT Testing',
  'Level 3 NVQ Diploma in Customer Service',
  'Level 3 Diploma in Light Vehicle Maintenance',
  'Level 2 Certificate in Vehicle Fitting',
  'Level 4 Diploma in Automotive Management',
  'Accredited Electric Vehicle Technician',
  'Level 1 Award in Cycle Maintenance',
  'Level 3 Award in Hybrid Electric Vehicle Repair',
  'Level 2 Diploma in Body Repair',
  'Level 3 Certificate in Motorcycle Maintenance',
];

async function loadData(url: string): Promise<void> {
  await withClient(url, async (client) => {
    await insertCandidates(client, {
      prefix: 'S',
      count: CANDIDATES,
      withAccounts: CANDIDATES,
      passwordHash: await benchPasswordHash(),
    });
    await client.query(
      `INSERT INTO achievements (id, certificate_number, kind, title, qualification_number, candidate_number, full_name,
                                 grade, issue_date, centre, verification_code)
       SELECT md5('ach-' || i)::uuid,
              lpad(i::text, 8, '0') || '-01-' || upper(substr(md5('c' || i), 1, 4)),
              'qualification',
              ($1::text[])[1 + i % array_length($1::text[], 1)] || ' (' || (i % 97) || ')',
              lpad((100 + i % 900)::text, 3, '0') || '/' || lpad((i % 10000)::text, 4, '0') || '/' || (i % 10),
              'S' || lpad((1 + i % $2)::text, 7, '0'),
              'Bench Holder ' || i, 'Pass', date '2018-01-01' + (i % 2500), 'Bench Centre',
              upper(substr(md5('v' || i), 1, 4) || '-' || substr(md5('v' || i), 5, 4) || '-' || substr(md5('v' || i), 9, 4) || '-' || substr(md5('v' || i), 13, 4))
       FROM generate_series(1, $3::int) AS i`,
      [TITLES, CANDIDATES, ACHIEVEMENTS],
    );
    await client.query('ANALYZE');
  });
}

run(async () => {
  const portal = await startPortal('backoffice', { TRUST_PROXY: 'true' });
  const loaded = await timed(() => loadData(portal.databaseUrl));
  const token = await staffToken(portal);
  const headers = { authorization: `Bearer ${token}` };
  const search = async (q: string) => {
    const res = await fetch(`${portal.baseUrl}/api/v1/admin/search?q=${encodeURIComponent(q)}`, { headers });
    if (res.status !== 200) throw new Error(`search ${q}: ${res.status}`);
    return res.json() as Promise<{ candidates?: unknown[]; achievements?: unknown[] }>;
  };

  const terms: Array<[string, (i: number) => string]> = [
    ['exact certificate number', (i) => `${String(1 + ((i * 7919) % ACHIEVEMENTS)).padStart(8, '0')}-01`],
    ['candidate number', (i) => `S${String(1 + ((i * 104729) % CANDIDATES)).padStart(7, '0')}`],
    ['candidate email', (i) => `s-${1 + ((i * 31337) % CANDIDATES)}@bench.test`],
    ['qualification number', (i) => `${100 + (i % 900)}/${String(i % 10000).padStart(4, '0')}`],
    ['title word', (i) => ['Hybrid', 'Motorcycle', 'Customer', 'Cycle', 'Body Repair'][i % 5]],
    [
      'date of birth',
      (i) => new Date(Date.UTC(1950, 0, 1) + ((i * 7919) % 20000) * 86_400_000).toISOString().slice(0, 10),
    ],
  ];
  await search('warm up');
  const rows = [];
  for (const [label, term] of terms) {
    const samples: number[] = [];
    for (let i = 1; i <= 40; i++) samples.push((await timed(() => search(term(i)))).ms);
    rows.push(stats(label, samples));
  }

  const duration = benchSeconds(8);
  const underLoad = await load('GET /api/v1/admin/search (mixed terms), 10 connections', {
    url: `${portal.baseUrl}/api/v1/admin/search`,
    connections: 10,
    duration,
    requests: terms.map(([, term], n) => ({
      method: 'GET',
      path: `/api/v1/admin/search?q=${encodeURIComponent(term(n + 3))}`,
      headers,
    })),
  });
  await settle();

  writeSection(
    'back-office-search',
    `## Staff search on 1,000,000 achievements and 200,000 candidates

${today()}, ${machine()}; load average (1 / 5 / 15 min) ${machineLoad()} at the end of the run. Data: ${ACHIEVEMENTS.toLocaleString('en-GB')}
achievements and ${CANDIDATES.toLocaleString('en-GB')} candidate records with active accounts, loaded set-based in
${(loaded.ms / 1000).toFixed(0)} s and analysed. Each term kind was searched 40 times, one request at a time, through
\`GET /api/v1/admin/search\` with a staff bearer token (HTTP, auth, validation, both searches and JSON included).
Run: \`npm run bench -- back-office\`.

${statsTable(rows)}

Under concurrent load (autocannon, ${duration} s):

${table([underLoad])}

Exact numbers and emails are equality lookups on unique or b-tree indexes; names, titles and partial numbers use
the pg_trgm GIN indexes (\`ILIKE '%…%'\` as a bitmap index scan), and only the first 20 matches are fetched, so
a broad word costs about the same as a precise one.`,
  );
  console.log(statsTable(rows));
  console.log(table([underLoad]));
  await portal.close();
});
