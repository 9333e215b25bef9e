// The zero-setup database: starts, serves, stops, and survives a kill -9 of the process that ran it.
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePortInRange } from '../../faults/support/ports';

const root = join(__dirname, '../../..');
// Below Linux's ephemeral range (32768-60999), where the run's own client connections take their local
// ports: a random port up there was now and then held by one of them ("Address already in use").
let port: number;

function startRunner(dataDir: string): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      'test/support/embedded-postgres-runner.ts',
      dataDir,
      String(port),
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /READY (\S+)/.exec(output);
      if (ready) resolve({ child, url: ready[1], output: () => output });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`runner exited with ${code}: ${output}`)));
  });
}

async function query(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT 40 + 2 AS answer');
    return rows[0].answer;
  } finally {
    await client.end();
  }
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) =>
    child.exitCode !== null ? resolve() : child.once('exit', () => resolve()),
  );
}

describe('embedded PostgreSQL', () => {
  let dataDir: string;

  beforeAll(async () => {
    port = await freePortInRange(28000, 28999);
    dataDir = mkdtempSync(join(tmpdir(), 'veri-embedded-'));
    chmodSync(dataDir, 0o755); // as root the server runs as the postgres user, which must reach the folder
  });

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts, serves, survives a kill -9 of its owner, and stops', async () => {
    const first = await startRunner(dataDir);
    expect(await query(first.url)).toBe(42);

    first.child.kill('SIGKILL');
    await exited(first.child);
    // The orphaned server still answers: the next start must find and stop it.
    expect(await query(first.url)).toBe(42);

    const second = await startRunner(dataDir);
    expect(second.output()).toMatch(/Stopping a stale embedded PostgreSQL/);
    expect(await query(second.url)).toBe(42);

    second.child.kill('SIGTERM');
    await exited(second.child);
    expect(second.output()).toContain('STOPPED');
    await expect(query(second.url)).rejects.toThrow();
  }, 120_000);

  it('runs in a process group of its own, so a Ctrl-C to the terminal reaches only its owner', async () => {
    const runner = await startRunner(dataDir);
    try {
      const postmaster = Number(
        readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0],
      );
      const groupOf = (pid: number) =>
        Number(
          execFileSync('ps', ['-o', 'pgid=', '-p', String(pid)])
            .toString()
            .trim(),
        );
      // A terminal's Ctrl-C signals its foreground process group: the owner's, not the server's.
      expect(groupOf(postmaster)).not.toBe(groupOf(runner.child.pid!));
    } finally {
      runner.child.kill('SIGTERM');
      await exited(runner.child);
    }
  }, 120_000);
});
