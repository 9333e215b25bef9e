// CSRF protection and sessions against the real application and the real PostgreSQL session store:
// refusals, tokens bound to sessions kept in Postgres, sessions surviving a restart or another
// process (same database, same DATA_DIR), and the idle timeout enforced by the server.
import { Body, Controller, Module, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { SESSION_IDLE_TIMEOUT_MS } from '../../../src/shared/web/session/web-session';
import { createTestApp, TestApp } from '../../support/app';
import { createTestDatabase, TestDatabase } from '../../support/database';

const received: Array<Record<string, unknown>> = [];

@Controller()
class FormProbeController {
  /** Like a multi-step form, keeps what was sent in the session. */
  @Post('probe/form')
  submit(@Body() body: Record<string, unknown>, @Req() req: Request) {
    received.push(body);
    (req.session as unknown as Record<string, unknown>).probe = body.name;
    return { saved: true };
  }
}

@Module({ controllers: [FormProbeController] })
class FormProbeModule {}

async function query<T extends Record<string, unknown>>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

describe('CSRF protection and sessions (real Postgres session store)', () => {
  let database: TestDatabase;
  let dataDir: string;
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = await mkdtemp(join(tmpdir(), 'veri-sessions-'));
    const options = { database, dataDir, imports: [FormProbeModule] };
    first = await createTestApp(options);
    second = await createTestApp(options);
  });

  afterAll(async () => {
    await first?.close();
    await second?.close();
    await database?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  beforeEach(() => {
    received.length = 0;
  });

  it('refuses a POST without a CSRF token before it reaches the handler', async () => {
    await first.http().post('/probe/form').type('form').send({ name: 'Ada' }).expect(403);
    const { agent } = await first.webSession('/');
    await agent.post('/probe/form').type('form').send({ name: 'Ada' }).expect(403);
    await agent.post('/probe/form').type('form').send({ name: 'Ada', _csrf: 'forged.token' }).expect(403);
    expect(received).toEqual([]);
  });

  it('writes no session row for a visitor who is only shown a form', async () => {
    const before = await query<{ count: string }>(database.url, 'SELECT count(*) FROM session');
    const res = await first.http().get('/').expect(200);
    const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    expect(cookies.some((cookie) => cookie.startsWith('veri.visitor='))).toBe(true);
    expect(cookies.some((cookie) => cookie.startsWith('veri.sid='))).toBe(false);
    expect(await query<{ count: string }>(database.url, 'SELECT count(*) FROM session')).toEqual(before);
  });

  it('keeps the session in Postgres once it holds something, with the idle timeout as its expiry', async () => {
    const { agent, csrfToken } = await first.webSession('/');
    await agent.post('/probe/form').type('form').send({ name: 'Ada', _csrf: csrfToken }).expect(201);
    expect(received).toEqual([{ name: 'Ada' }]);
    // From now on the session is stored, and the next form's token is bound to it.
    const { body } = await agent.get('/api/v1/csrf-token').expect(200);
    await agent.post('/probe/form').type('form').send({ name: 'Bea', _csrf: body.csrfToken }).expect(201);

    const rows = await query<{ sess: { csrfTokenIssued?: boolean; probe?: string }; expire: Date }>(
      database.url,
      'SELECT sess, expire FROM session',
    );
    expect(rows.some((row) => row.sess.csrfTokenIssued === true && row.sess.probe === 'Bea')).toBe(true);
    const latest = Math.max(...rows.map((row) => row.expire.getTime()));
    expect(latest - Date.now()).toBeGreaterThan(SESSION_IDLE_TIMEOUT_MS - 60_000);
    expect(latest - Date.now()).toBeLessThanOrEqual(SESSION_IDLE_TIMEOUT_MS + 5_000);
  });

  it('accepts a session started on one process in another (restart or scale-out)', async () => {
    const { agent, csrfToken } = await first.webSession('/');
    const cookies = (await agent.get('/api/v1/csrf-token')).request.cookies;
    await second
      .http()
      .post('/probe/form')
      .set('Cookie', cookies)
      .type('form')
      .send({ name: 'Grace', _csrf: csrfToken })
      .expect(201);
    expect(received).toEqual([{ name: 'Grace' }]);
  });

  it('keeps the generated session secret private in DATA_DIR', () => {
    expect(statSync(join(dataDir, 'session-secret')).mode & 0o777).toBe(0o600);
  });

  it('forgets a session that has been idle past its expiry', async () => {
    const { agent, csrfToken } = await first.webSession('/');
    await agent.post('/probe/form').type('form').send({ name: 'Early', _csrf: csrfToken }).expect(201);
    const { body } = await agent.get('/api/v1/csrf-token').expect(200);
    received.length = 0;
    await query(database.url, `UPDATE session SET expire = now() - interval '1 second'`);
    await agent.post('/probe/form').type('form').send({ name: 'Late', _csrf: body.csrfToken }).expect(403);
    expect(received).toEqual([]);
  });
});
