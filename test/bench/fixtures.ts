// Bulk data for the benchmarks, written straight into the tables with set-based SQL (generate_series),
// shaped as the repositories write it (normalised name keys, upper-case numbers, linked accounts), plus
// logging in through the real API and simple latency statistics.
import * as argon2 from 'argon2';
import { Client } from 'pg';
import { ARGON2_OPTIONS } from '../../src/identity/infrastructure/adapters/argon2-password-hasher';

/** Passes the password policy (15+ characters, not a common password). */
export const BENCH_PASSWORD = 'a long unusual passphrase 42';

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** One argon2id hash with the app's parameters, reused for every bulk account (hashing each would take minutes). */
export function benchPasswordHash(): Promise<string> {
  return argon2.hash(BENCH_PASSWORD, ARGON2_OPTIONS);
}

/** Letters-only pseudo-random text from an integer: names whose key (lower-case letters) is the name lower-cased. */
export const LETTERS = (expression: string, length = 8) =>
  `initcap(translate(substr(md5(${expression}::text), 1, ${length}), '0123456789', 'ghijklmnop'))`;

/**
 * `count` candidate records numbered `${prefix}0000001`... and, for the first `withAccounts` of them,
 * active, verified candidate accounts linked to them (email `${prefix}-<i>@bench.test`).
 */
export async function insertCandidates(
  client: Client,
  options: {
    prefix: string;
    count: number;
    withAccounts: number;
    passwordHash: string;
    firstOffset?: number;
  },
): Promise<void> {
  const { prefix, count, withAccounts, passwordHash } = options;
  const from = options.firstOffset ?? 1;
  await client.query(
    `INSERT INTO identity_candidate_records
       (id, candidate_number, first_name, surname, first_name_key, surname_key, date_of_birth, email)
     SELECT md5('rec-' || $1 || i)::uuid, $1 || lpad(i::text, 7, '0'),
            ${LETTERS("'f' || i", 6)}, ${LETTERS("'s' || i", 8)},
            lower(${LETTERS("'f' || i", 6)}), lower(${LETTERS("'s' || i", 8)}),
            date '1950-01-01' + (i::bigint * 7919 % 20000)::int, lower($1) || '-' || i || '@bench.test'
     FROM generate_series($2::int, $3::int) AS i`,
    [prefix, from, from + count - 1],
  );
  if (withAccounts === 0) return;
  await client.query(
    `INSERT INTO identity_accounts
       (id, role, status, email, email_verified_at, password_hash, first_name, surname, date_of_birth,
        candidate_record_id, candidate_number, sessions_valid_after, activated_at, created_at, updated_at)
     SELECT md5('acc-' || $1 || i)::uuid, 'candidate', 'active', lower($1) || '-' || i || '@bench.test', now(), $4,
            r.first_name, r.surname, r.date_of_birth, r.id, r.candidate_number, now() - interval '1 day', now(), now(), now()
     FROM generate_series($2::int, $3::int) AS i
     JOIN identity_candidate_records r ON r.id = md5('rec-' || $1 || i)::uuid`,
    [prefix, from, from + withAccounts - 1, passwordHash],
  );
}

/**
 * `count` active candidate accounts (numbered under `prefix`) with the app's password hash, and a login body for
 * each, which the login benchmarks send in turn.
 */
export async function loginAccounts(
  databaseUrl: string,
  prefix: string,
  count: number,
): Promise<{ hash: string; bodies: string[] }> {
  const hash = await benchPasswordHash();
  await withClient(databaseUrl, (client) =>
    insertCandidates(client, { prefix, count, withAccounts: count, passwordHash: hash }),
  );
  const bodies = Array.from({ length: count }, (_, i) =>
    JSON.stringify({ email: candidateEmail(prefix, i + 1), password: BENCH_PASSWORD }),
  );
  return { hash, bodies };
}

export function candidateEmail(prefix: string, i: number): string {
  return `${prefix.toLowerCase()}-${i}@bench.test`;
}

export function candidateNumber(prefix: string, i: number): string {
  return `${prefix}${String(i).padStart(7, '0')}`;
}

let address = 0;
/** A different client address per call (TRUST_PROXY=true): the per-address throttles see many clients. */
export function nextAddress(): string {
  address += 1;
  return `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
}

export async function bearer(baseUrl: string, email: string, password = BENCH_PASSWORD): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': nextAddress() },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`Login of ${email}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/**
 * Signs in through the login page as a browser does (its CSRF token and cookie, then the form) and gives the
 * cookies the browser then sends with each page, as one Cookie header.
 */
export async function signedInCookies(
  baseUrl: string,
  email: string,
  password = BENCH_PASSWORD,
): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const setCookie of res.headers.getSetCookie()) {
      const [pair] = setCookie.split(';');
      const equals = pair.indexOf('=');
      jar.set(pair.slice(0, equals), pair.slice(equals + 1));
    }
  };
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  const address = nextAddress();
  const form = await fetch(`${baseUrl}/login`, { headers: { 'x-forwarded-for': address } });
  keep(form);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1];
  if (!csrf) throw new Error(`The login page (${form.status}) has no CSRF token`);
  const res = await fetch(`${baseUrl}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: cookie(),
      'x-forwarded-for': address,
    },
    body: new URLSearchParams({ _csrf: csrf, email, password }),
  });
  if (res.status !== 303) throw new Error(`Web login of ${email}: ${res.status}`);
  keep(res);
  return cookie();
}

export interface Stats {
  label: string;
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** The q-quantile (nearest rank) of `millis` for any q, 1 giving the largest; 0 when there are none. */
export function quantilesOf(millis: number[]): (q: number) => number {
  const sorted = [...millis].sort((a, b) => a - b);
  return (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
}

export function stats(label: string, millis: number[]): Stats {
  const at = quantilesOf(millis);
  return {
    label,
    samples: millis.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    max: round(at(1)),
    mean: round(millis.reduce((sum, value) => sum + value, 0) / Math.max(1, millis.length)),
  };
}

export function statsTable(rows: Stats[]): string {
  return [
    '| measured | samples | p50 ms | p95 ms | p99 ms | max ms | mean ms |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) => `| ${r.label} | ${r.samples} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.max} | ${r.mean} |`,
    ),
  ].join('\n');
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

export const benchSeconds = (fallback: number) => Number(process.env.BENCH_SECONDS ?? fallback);

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Runs `main`, exits 0 or prints the error and exits 1 (open handles of the app never keep a benchmark alive). */
export function run(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

/** Lets requests still in flight when a load ends finish before the app closes. */
export function settle(ms = 3000): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Raw argon2.verify in this process: `concurrency` verifications kept in flight for `seconds`. */
export async function rawVerify(
  hash: string,
  concurrency: number,
  seconds: number,
): Promise<{ perSecond: number; latencies: number[] }> {
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const { ms, value } = await timed(() => argon2.verify(hash, BENCH_PASSWORD));
        if (!value) throw new Error('argon2.verify refused the right password');
        latencies.push(ms);
      }
    }),
  );
  return { perSecond: round(latencies.length / seconds, 1), latencies };
}

// The statement MikroOrmAchievementRepository.listHeldBy makes (em.find with orderBy issueDate desc, number asc).
export const LIST_SQL = `SELECT a0.* FROM achievements AS a0 WHERE a0.candidate_number = $1 ORDER BY a0.issue_date DESC, a0.certificate_number ASC`;

/** `count` achievements of other candidates (10 each) and `mineCount` of ours, issued after 1 Nov 2017 (PDFs available). */
export async function loadAchievements(
  url: string,
  mine: string,
  count: number,
  mineCount = 30,
): Promise<void> {
  await withClient(url, async (client) => {
    await client.query(
      `INSERT INTO achievements (id, certificate_number, kind, title, qualification_number, candidate_number, full_name, grade,
         issue_date, centre, units, verification_code)
       SELECT md5('ach-' || i)::uuid,
              CASE WHEN i <= $2 THEN 'MY' ELSE 'C' END || lpad(i::text, 8, '0') || '-01-BN' || (i % 10),
              'qualification', 'Level 3 Award in Vehicle Technology ' || (i % 97),
              lpad((i % 1000)::text, 3, '0') || '/' || lpad((i % 10000)::text, 4, '0') || '/' || (i % 10),
              CASE WHEN i <= $2 THEN $1 ELSE 'X' || lpad((i / 10)::text, 7, '0') END,
              CASE WHEN i <= $2 THEN 'Ada Lovelace' ELSE 'Candidate ' || (i / 10) END,
              'Pass', date '2018-01-01' + (i % 2500), 'Bench Centre ' || (i % 300),
              '[{"unitNumber":"U1","title":"Health and safety","credit":10,"grade":"Pass"},{"unitNumber":"U2","title":"Diagnostics","credit":20}]'::jsonb,
              upper(substr(md5('v' || i), 1, 4) || '-' || substr(md5('v' || i), 5, 4) || '-' || substr(md5('v' || i), 9, 4) || '-' || substr(md5('v' || i), 13, 4))
       FROM generate_series(1, $3::int) AS i`,
      [mine, mineCount, count],
    );
    await client.query('ANALYZE achievements');
  });
}
