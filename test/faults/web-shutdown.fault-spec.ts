// A web process told to stop (SIGTERM, as an orchestrator does) while PDF downloads are in flight: it
// stops taking connections at once, lets every download finish, then closes the PDF pool and the
// database, and says so in one line. Before, the pool closed first: 6 of 8 downloads failed.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, TestDatabase } from '../support/database';
import { startVeriProcess, VeriProcess } from './support/veri-process';

const CANDIDATE = { email: 'candidate@example.com', password: 'demo candidate passphrase' }; // demo data
const DOWNLOADS = 8;

describe('a web process stopped during requests', () => {
  let database: TestDatabase;
  let dataDir: string;
  let web: VeriProcess;

  beforeAll(async () => {
    [database, dataDir] = await Promise.all([
      createTestDatabase(),
      mkdtemp(join(tmpdir(), 'veri-shutdown-')),
    ]);
    // A DATA_DIR of its own: no PDF is stored yet, so every download renders in Chromium (the slow path).
    web = await startVeriProcess('web', {
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
      DEMO_DATA: 'true',
      PDF_POOL_SIZE: '2',
    });
  }, 180_000);

  afterAll(async () => {
    await web?.kill('SIGKILL');
    await database?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('finishes every download in flight, refuses new connections, exits 0 and says it stopped', async () => {
    const token = await fetch(`${web.url}/api/v1/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(CANDIDATE),
    }).then(async (res) => ((await res.json()) as { accessToken: string }).accessToken);
    const auth = { authorization: `Bearer ${token}` };
    const { items } = (await fetch(`${web.url}/api/v1/me/achievements?pageSize=50`, { headers: auth }).then(
      (res) => res.json(),
    )) as { items: Array<{ certificateNumber: string; documents: { ecertificate: boolean } }> };
    const printable = items.filter((card) => card.documents.ecertificate);
    expect(printable.length).toBeGreaterThan(0);

    const downloads = Array.from({ length: DOWNLOADS }, (_, i) =>
      fetch(
        `${web.url}/api/v1/me/achievements/${printable[i % printable.length].certificateNumber}/ecertificate.pdf`,
        {
          headers: auth,
        },
      ).then(async (res) => ({ status: res.status, body: Buffer.from(await res.arrayBuffer()) })),
    );
    await new Promise((resolve) => setTimeout(resolve, 200)); // the requests reach the server
    const exited = web.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const late = await fetch(`${web.url}/health`).then(
      (res) => `answered ${res.status}`,
      () => 'refused',
    );

    const answers = await Promise.all(downloads);
    expect(answers.map((answer) => answer.status)).toEqual(Array(DOWNLOADS).fill(200));
    for (const answer of answers) expect(answer.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(late).toBe('refused');
    expect(await exited).toBe(0);
    const stopped = web.output.filter((line) => line.includes('Veri stopped (web)'));
    expect(stopped).toHaveLength(1);
    expect(stopped[0]).toMatch(/request\(s\) finished during shutdown/);
    expect(web.output.join('\n')).not.toMatch(/Relaying the outbox failed|PDF renderer is shutting down/);
  }, 120_000);
});
