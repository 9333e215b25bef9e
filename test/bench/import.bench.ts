// Staff achievement import at volume: 100,000 CSV rows through POST /api/v1/admin/achievements/imports (staff
// bearer token), in files of 20,000 rows (the route's limit per request: bigger files are split), measured
// end to end in rows per second, first as new achievements and then as a re-run of the same files (every row
// unchanged). The bare baseline in the same run writes the same rows with plain pg: the same CSV parsed, one
// set-based INSERT ... SELECT FROM unnest(...) per 2,000 rows into the same table.
//
// The files are made, posted and bulk-written by a client process of its own (this file, forked with
// BENCH_IMPORT_CLIENT=1), so the portal's process does nothing but the import while it is measured.
import { parse } from 'csv-parse/sync';
import { fork } from 'node:child_process';
import { Client } from 'pg';
import { insertCandidates, round, run, today, withClient } from './fixtures';
import { machine, machineLoad, profiled, staffToken, startPortal, TYPESCRIPT } from './support';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const PER_FILE = 20_000;
const CANDIDATES = 10_000;
const BARE_BATCH = 2_000;
const HEADER =
  'certificateNumber,kind,title,qualificationNumber,candidateNumber,fullName,grade,issueDate,centre,expiryDate,description,units';
const TITLES = [
  'Level 3 Diploma in Light Vehicle Maintenance',
  'Level 2 Award in MOT Testing',
  'Level 3 Award in Hybrid Electric Vehicle Repair',
  'Level 2 Certificate in Vehicle Fitting',
  'Accredited Electric Vehicle Technician',
];

interface ClientJob {
  kind: 'bare' | 'portal';
  /** Rows numbered from `first` (certificate numbers of their own, so a warm-up never collides). */
  first: number;
  rows: number;
  databaseUrl: string;
  url?: string;
  token?: string;
}

interface FileResult {
  ms: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** Rejected rows of the file, as `row:reason-prefix`, to compare with what the file was made to hold. */
  rejections: string[];
}

interface ClientResult {
  files: FileResult[];
  expectedRejections: string[][];
  bytes: number[];
}

const candidate = (i: number) => `I${String(1 + (i % CANDIDATES)).padStart(7, '0')}`;
const certificate = (i: number) => `${String(i).padStart(8, '0')}-01-BN${i % 10}Q`;

/**
 * One CSV file of `count` rows from row `first`: valid achievements, a unit list on every other one, and
 * about 1 in 400 rows that must be rejected (unknown candidate, impossible date, a certificate number twice).
 */
function csvFile(first: number, count: number): { csv: string; good: number[]; expected: string[] } {
  const lines = [HEADER];
  const good: number[] = [];
  const expected: string[] = [];
  for (let i = first; i < first + count; i++) {
    const line = lines.length + 1;
    const position = i - first;
    let number = certificate(i);
    let candidateNumber = candidate(i);
    let issueDate = `20${18 + (i % 7)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    if (position % 1000 === 10) {
      candidateNumber = 'Z9999999';
      expected.push(`${line}:candidateNumber`);
    } else if (position % 1000 === 510) {
      issueDate = '2019-02-30';
      expected.push(`${line}:issueDate`);
    } else if (position % 5000 === 777) {
      number = certificate(i - 1); // the row before has it too: both are refused
      expected.push(`${line - 1}:certificateNumber`, `${line}:certificateNumber`);
      good.pop();
    } else {
      good.push(lines.length - 1);
    }
    const units =
      i % 2 === 0
        ? `"[{""unitNumber"":""H/601/${String(i % 10000).padStart(4, '0')}"",""title"":""Health and safety"",""credit"":${i % 30}}]"`
        : '';
    lines.push(
      [
        number,
        'qualification',
        TITLES[i % TITLES.length],
        `${String(100 + (i % 900))}/${String(i % 10000).padStart(4, '0')}/${i % 10}`,
        candidateNumber,
        `Bench Holder ${i}`,
        i % 3 === 0 ? 'Merit' : 'Pass',
        issueDate,
        `Bench Centre ${i % 300}`,
        '',
        '',
        units,
      ].join(','),
    );
  }
  return { csv: `${lines.join('\n')}\n`, good, expected };
}

function files(job: ClientJob) {
  const made = [];
  for (let start = 0; start < job.rows; start += PER_FILE)
    made.push(csvFile(job.first + start, Math.min(PER_FILE, job.rows - start)));
  return made;
}

/** The bare baseline: the CSV parsed by the same parser, the good rows written 2,000 at a time. */
async function bareImport(job: ClientJob): Promise<ClientResult> {
  const made = files(job);
  const results: FileResult[] = [];
  await withClient(job.databaseUrl, async (client: Client) => {
    for (const { csv, good } of made) {
      const started = performance.now();
      const records = parse(csv, { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
      const rows = good.map((index) => records[index]);
      for (let start = 0; start < rows.length; start += BARE_BATCH) {
        const batch = rows.slice(start, start + BARE_BATCH);
        const column = (name: string) => batch.map((r) => (r[name] === '' ? null : r[name]));
        await client.query(
          `INSERT INTO achievements (id, certificate_number, kind, title, qualification_number, candidate_number,
             full_name, grade, issue_date, centre, units, verification_code, revision, created_at, updated_at)
           SELECT gen_random_uuid(), c, k, t, q, n, f, g, d::date, ce, coalesce(u::jsonb, '[]'::jsonb),
                  upper(substr(md5(c), 1, 4) || '-' || substr(md5(c), 5, 4) || '-' || substr(md5(c), 9, 4) || '-' || substr(md5(c), 13, 4)),
                  1, now(), now()
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                       $9::text[], $10::text[]) AS r(c, k, t, q, n, f, g, d, ce, u)`,
          [
            column('certificateNumber'),
            column('kind'),
            column('title'),
            column('qualificationNumber'),
            column('candidateNumber'),
            column('fullName'),
            column('grade'),
            column('issueDate'),
            column('centre'),
            column('units'),
          ],
        );
      }
      results.push({
        ms: performance.now() - started,
        created: rows.length,
        updated: 0,
        unchanged: 0,
        rejected: 0,
        rejections: [],
      });
    }
  });
  return {
    files: results,
    expectedRejections: made.map((m) => m.expected),
    bytes: made.map((m) => m.csv.length),
  };
}

/** The files posted one after another, as staff would; each answer is the per-row report. */
async function portalImport(job: ClientJob): Promise<ClientResult> {
  const made = files(job);
  const results: FileResult[] = [];
  for (const { csv } of made) {
    const started = performance.now();
    const res = await fetch(`${job.url}/api/v1/admin/achievements/imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${job.token}`, 'content-type': 'text/csv' },
      body: csv,
    });
    const text = await res.text();
    const ms = performance.now() - started;
    if (res.status !== 200) throw new Error(`import: ${res.status} ${text.slice(0, 500)}`);
    const report = JSON.parse(text) as {
      created: number;
      updated: number;
      unchanged: number;
      rejected: Array<{ row: number; reason: string }>;
    };
    results.push({
      ms,
      created: report.created,
      updated: report.updated,
      unchanged: report.unchanged,
      rejected: report.rejected.length,
      rejections: report.rejected.map((r) => `${r.row}:${r.reason.split(':')[0]}`),
    });
  }
  return {
    files: results,
    expectedRejections: made.map((m) => m.expected),
    bytes: made.map((m) => Buffer.byteLength(m.csv)),
  };
}

/** Runs one job in a client process of its own. */
function inClient(job: ClientJob): Promise<ClientResult> {
  const child = fork(__filename, [], {
    execArgv: TYPESCRIPT,
    env: { ...process.env, BENCH_IMPORT_CLIENT: '1' },
  });
  return new Promise<ClientResult>((resolve, reject) => {
    child.once('message', (message: { result?: ClientResult; error?: string }) =>
      message.result ? resolve(message.result) : reject(new Error(message.error)),
    );
    child.once('exit', (code) => reject(new Error(`The import client exited with ${code}`)));
    child.send(job);
  });
}

interface Figure {
  label: string;
  rows: number;
  ms: number;
  files: number;
  load: string;
}

const rate = (f: Figure) => round(f.rows / (f.ms / 1000), 0);

function sum(result: ClientResult, field: 'ms' | 'created' | 'updated' | 'unchanged' | 'rejected'): number {
  return result.files.reduce((total, file) => total + file[field], 0);
}

/** The answer must be exactly the per-row report the files were made to produce. */
function checkReport(result: ClientResult, expect: 'created' | 'unchanged'): void {
  result.files.forEach((file, n) => {
    const expected = result.expectedRejections[n];
    const good = PER_FILE - expected.length;
    const counts = { created: 0, updated: 0, unchanged: 0, [expect]: good };
    if (
      file.created !== counts.created ||
      file.updated !== counts.updated ||
      file.unchanged !== counts.unchanged ||
      file.rejections.join(' ') !== expected.join(' ')
    ) {
      throw new Error(
        `File ${n + 1}: the report differs from the file's content: ${JSON.stringify({
          ...file,
          rejections: file.rejections.slice(0, 10),
          expected: expected.slice(0, 10),
        })}`,
      );
    }
  });
}

async function main(): Promise<void> {
  if (ROWS % PER_FILE !== 0) throw new Error(`BENCH_IMPORT_ROWS must be a multiple of ${PER_FILE}`);
  const portal = await startPortal('import', { TRUST_PROXY: 'true' });
  await withClient(portal.databaseUrl, (client) =>
    insertCandidates(client, { prefix: 'I', count: CANDIDATES, withAccounts: 0, passwordHash: '' }),
  );
  const token = await staffToken(portal);
  const job = { databaseUrl: portal.databaseUrl, url: portal.baseUrl, token };

  // Warm-up of both paths (JIT, connection pools, plans) on certificate numbers of their own.
  await inClient({ ...job, kind: 'portal', first: 90_000_000, rows: PER_FILE / 10 }).catch(() => undefined);

  const bareResult = await inClient({ ...job, kind: 'bare', first: 1, rows: ROWS });
  const bare: Figure = {
    label: `bare pg: the same CSV parsed (csv-parse), one INSERT ... SELECT FROM unnest per ${BARE_BATCH} rows`,
    rows: ROWS,
    ms: sum(bareResult, 'ms'),
    files: bareResult.files.length,
    load: machineLoad(),
  };
  // The portal starts from the same empty table as the bare writer did.
  await withClient(portal.databaseUrl, async (client) => {
    await client.query('TRUNCATE achievements CASCADE');
    await client.query('DELETE FROM outbox');
    await client.query('VACUUM ANALYZE achievements');
  });

  const first = await profiled('import-new', () =>
    inClient({ ...job, kind: 'portal', first: 1, rows: ROWS }),
  );
  checkReport(first, 'created');
  const created: Figure = {
    label: `POST /api/v1/admin/achievements/imports, text/csv, new achievements`,
    rows: ROWS,
    ms: sum(first, 'ms'),
    files: first.files.length,
    load: machineLoad(),
  };
  const again = await profiled('import-rerun', () =>
    inClient({ ...job, kind: 'portal', first: 1, rows: ROWS }),
  );
  checkReport(again, 'unchanged');
  const rerun: Figure = {
    label: `the same files again (every good row unchanged)`,
    rows: ROWS,
    ms: sum(again, 'ms'),
    files: again.files.length,
    load: machineLoad(),
  };

  const figures = [bare, created, rerun];
  const rejected = sum(first, 'rejected');
  const lines = [
    `## Achievement import: ${ROWS.toLocaleString('en-GB')} CSV rows`,
    '',
    `${today()}, ${machine()}. Run: \`npm run bench -- import\`. ${first.files.length} files of ${PER_FILE.toLocaleString('en-GB')} rows`,
    `(${Math.round(Math.max(...first.bytes) / 1024)} KiB at most each; the route takes 20,000 rows and 5 MB per request), posted one after`,
    `another by a client process; ${rejected} rows of each run are refused by design (unknown candidate, impossible date, a`,
    `certificate number twice) and the per-row report was checked row by row against them. Rows/s count every row of the files.`,
    '',
    '| measured | rows | files | seconds | rows/s | load average (1 / 5 / 15 min) |',
    '|---|---:|---:|---:|---:|---|',
    ...figures.map(
      (f) => `| ${f.label} | ${f.rows} | ${f.files} | ${round(f.ms / 1000, 2)} | ${rate(f)} | ${f.load} |`,
    ),
    '',
    `New achievements: **${rate(created)} rows/s**, **${round(rate(created) / Math.max(1, rate(bare)), 2)}** of the bare writer's rate`,
    `(target >= 10,000 rows/s). Re-run: ${rate(rerun)} rows/s. Per file (ms), new: ${first.files.map((f) => Math.round(f.ms)).join(', ')};`,
    `re-run: ${again.files.map((f) => Math.round(f.ms)).join(', ')}; bare: ${bareResult.files.map((f) => Math.round(f.ms)).join(', ')}.`,
  ];
  console.log(lines.join('\n'));
  await portal.close();
}

if (process.env.BENCH_IMPORT_CLIENT) {
  process.once('message', (job: ClientJob) => {
    (job.kind === 'bare' ? bareImport(job) : portalImport(job)).then(
      (result) => process.send!({ result }, () => process.exit(0)),
      (error: Error) => process.send!({ error: error.stack ?? String(error) }, () => process.exit(1)),
    );
  });
} else {
  run(main);
}
