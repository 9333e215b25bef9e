// A step of a form flow (checkout, registration) puts its answer in the session and redirects to the
// next step. The browser follows the redirect as soon as it has the headers, so those headers must not
// leave before the session is stored: otherwise the next page reads the session without the step, and
// the flow loses it now and then (the checkout journey did). Holding the session table locked makes the
// slow store certain, so the test does not depend on timing luck.
import { Controller, Get, Module, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { request as httpRequest, IncomingMessage } from 'node:http';
import { Client } from 'pg';
import { createTestApp, TestApp } from '../../support/app';
import { statementsDuring } from '../../support/statements';

declare module 'express-session' {
  interface SessionData {
    probeStep?: string;
  }
}

/** A two-step flow that exists only in this test (GET, so no CSRF token is needed to drive it). */
@Controller('probe/flow')
class FlowProbeController {
  @Get('step')
  step(@Query('value') value: string, @Req() req: Request, @Res() res: Response): void {
    req.session.probeStep = value;
    res.redirect(303, '/probe/flow/next');
  }

  @Get('next')
  next(@Req() req: Request): { step: string | null } {
    return { step: req.session.probeStep ?? null };
  }
}

@Module({ controllers: [FlowProbeController] })
class FlowProbeModule {}

/** Resolves with the response as soon as its headers arrive (as a browser follows a redirect), or null after `waitMs`. */
function headersOf(url: string, cookie: string | undefined, waitMs: number): Promise<IncomingMessage | null> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: cookie ? { cookie } : {} }, (res) => {
      clearTimeout(timer);
      resolve(res);
    });
    const timer = setTimeout(() => resolve(null), waitMs);
    req.on('error', reject);
    req.end();
  });
}

function sessionCookieOf(res: IncomingMessage): string {
  const cookie = (res.headers['set-cookie'] ?? []).find((c) => c.startsWith('veri.sid='));
  if (!cookie) throw new Error('no session cookie');
  return cookie.split(';')[0];
}

describe('sessions are stored before the answer leaves (e2e)', () => {
  let t: TestApp;
  let db: Client;

  beforeAll(async () => {
    t = await createTestApp({ imports: [FlowProbeModule], listen: true });
    db = new Client({ connectionString: t.database.url });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  async function whileSessionsLocked<T>(work: () => Promise<T>): Promise<T> {
    await db.query('BEGIN');
    // Reads of the session table go on; every write waits for the COMMIT below.
    await db.query('LOCK TABLE session IN EXCLUSIVE MODE');
    try {
      return await work();
    } finally {
      await db.query('COMMIT');
    }
  }

  it('holds the redirect of a first request until its new session is stored', async () => {
    const first = await whileSessionsLocked(() =>
      headersOf(`${t.baseUrl}/probe/flow/step?value=one`, undefined, 700),
    );
    expect(first).toBeNull();
  });

  it('holds the redirect of a step until the changed session is stored, so the next page sees the step', async () => {
    const started = await headersOf(`${t.baseUrl}/probe/flow/step?value=one`, undefined, 10_000);
    const cookie = sessionCookieOf(started!);
    started!.resume();

    let followed: Promise<{ body: unknown }> | undefined;
    const answer = await whileSessionsLocked(async () => {
      const redirect = await headersOf(`${t.baseUrl}/probe/flow/step?value=two`, cookie, 700);
      if (redirect) {
        // What a browser does: follow the redirect at once. The next page reads the session now (reads
        // are not locked) and answers once the lock is gone.
        redirect.resume();
        followed = Promise.resolve(t.http().get('/probe/flow/next').set('Cookie', cookie));
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      return redirect;
    });
    const next = followed ? ((await followed).body as { step: string | null }).step : undefined;
    expect({ answeredBeforeStored: answer !== null, next }).toEqual({
      answeredBeforeStored: false,
      next: undefined,
    });

    const res = await t.http().get('/probe/flow/next').set('Cookie', cookie).expect(200);
    expect(res.body).toEqual({ step: 'two' });
  });

  it('renews an unchanged session in the store at most once a minute, not on every answer', async () => {
    const started = await headersOf(`${t.baseUrl}/probe/flow/step?value=one`, undefined, 10_000);
    const cookie = sessionCookieOf(started!);
    started!.resume();
    const expiryBefore = await db.query<{ expire: Date }>('SELECT expire FROM session');

    const { statements } = await statementsDuring(
      async () => {
        for (let page = 0; page < 3; page++)
          await t.http().get('/probe/flow/next').set('Cookie', cookie).expect(200);
      },
      (text) => (/\bsession\b/.test(text) ? text.trim().split(/\s+/)[0] : undefined),
    );

    // Each page reads its session; none writes it (it was saved a moment ago, which counts as renewed).
    expect(statements).toEqual(['SELECT', 'SELECT', 'SELECT']);
    const expiryAfter = await db.query<{ expire: Date }>('SELECT expire FROM session');
    expect(expiryAfter.rows).toEqual(expiryBefore.rows);
  });
});
