// The back-office search relies on pg_trgm. It must be available in both databases the portal runs on:
// the Postgres server of development and CI, and the embedded Postgres of the zero-setup start. On
// the server, a trigram index must also turn a substring search of many rows into an index scan.
import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '../../support/database';
import { freePortInRange } from '../../faults/support/ports';

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const root = join(__dirname, '../../..');

/** The embedded server runs in its own process, as `npm start` runs it (its package is ESM, which Jest cannot load). */
function startEmbedded(dataDir: string, port: number): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      'test/support/embedded-postgres-runner.ts',
      dataDir,
      String(port),
    ],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /READY (\S+)/.exec(output);
      if (ready) resolve({ child, url: ready[1] });
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`runner exited with ${code}: ${output}`)));
  });
}

describe('search indexes (pg_trgm)', () => {
  describe('on the Postgres server', () => {
    let database: TestDatabase;

    beforeAll(async () => {
      database = await createTestDatabase();
    });

    afterAll(() => database.drop());

    it('has the extension and the trigram indexes, and uses them for a substring search', async () => {
      await withClient(database.url, async (client) => {
        const { rows } = await client.query(`SELECT extversion FROM pg_extension WHERE extname = 'pg_trgm'`);
        expect(rows).toHaveLength(1);
        await client.query(`
          INSERT INTO achievements (id, certificate_number, kind, title, candidate_number, full_name, issue_date, verification_code)
          SELECT gen_random_uuid(), 'CERT-' || lpad(n::text, 7, '0'), 'qualification', 'Level ' || (n % 5) || ' Award ' || n,
                 lpad((n % 50000)::text, 7, '0'), 'Holder ' || n, date '2018-01-01' + (n % 2000), 'CODE-' || n
            FROM generate_series(1, 50000) AS n`);
        await client.query('ANALYZE achievements');
        // With so few rows the planner may still prefer reading the table; forbidding that shows the
        // indexes answer the search's own expressions (at a million rows it picks them by itself).
        await client.query('SET enable_seqscan = off');
        const plan = await client.query(
          `EXPLAIN SELECT certificate_number FROM achievements WHERE title ILIKE '%Award 4242%' OR certificate_number ILIKE '%Award 4242%'`,
        );
        const text = plan.rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n');
        expect(text).toMatch(/achievements_title_trgm_idx/);
        expect(text).toMatch(/achievements_certificate_number_trgm_idx/);
        const found = await client.query(
          `SELECT certificate_number FROM achievements WHERE title ILIKE '%Award 4242%'`,
        );
        expect(found.rows.map((row) => row.certificate_number)).toContain('CERT-0004242');
      });
    }, 60_000);
  });

  describe('on the embedded Postgres', () => {
    let dataDir: string;
    let runner: { child: ChildProcess; url: string } | undefined;

    beforeAll(() => {
      dataDir = mkdtempSync(join(tmpdir(), 'veri-embedded-trgm-'));
      chmodSync(dataDir, 0o755); // as root the server runs as the postgres user, which must reach the folder
    });

    afterAll(async () => {
      if (runner && runner.child.exitCode === null) {
        const exited = new Promise((resolve) => runner!.child.once('exit', resolve));
        runner.child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('creates the extension and a trigram index', async () => {
      // A free port below the ephemeral range, where the run's own client connections cannot hold it.
      runner = await startEmbedded(dataDir, await freePortInRange(29000, 29999));
      await withClient(runner.url, async (client) => {
        await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
        await client.query('CREATE TABLE titles (title text NOT NULL)');
        await client.query('CREATE INDEX titles_trgm_idx ON titles USING gin (title gin_trgm_ops)');
        await client.query(`INSERT INTO titles VALUES ('Level 3 Diploma in Vehicle Maintenance')`);
        const { rows } = await client.query(`SELECT title FROM titles WHERE title ILIKE '%vehicle maint%'`);
        expect(rows).toHaveLength(1);
        const version = await client.query('SHOW server_version');
        expect(Number.parseInt(version.rows[0].server_version, 10)).toBeGreaterThanOrEqual(18);
      });
    }, 60_000);
  });
});
