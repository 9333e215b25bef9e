// The landing page of a first visit (no cookie at all) is answered from memory before Express (ADR 0021):
// the same page, headers, request id and log line as through Express, with a CSRF token and visitor cookie
// of its own for each visitor, and that token opens the login form for that visitor only.
import type { Response } from 'supertest';
import { csrfTokenIn, createTestApp, TestApp } from '../../support/app';
import { createCandidate, setPassword, TEST_PASSWORD } from '../sharing/sharing-fixtures';

const TOKEN_IN_PAGE = /name="_csrf" value="[^"]*"/g;
const VARYING_HEADERS = new Set([
  'date',
  'etag',
  'x-request-id',
  'set-cookie',
  'content-length',
  'connection',
]);
/** The generous per-address default throttle counts pages through Express only (ADR 0021). */
const THROTTLE_HEADERS = ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'];

/** The Set-Cookie headers with their values blanked: what is left must be the same on both paths. */
const cookieShapes = (res: Response) =>
  ([] as string[])
    .concat(res.headers['set-cookie'] ?? [])
    .map((cookie) => cookie.replace(/^([^=]+)=[^;]*/, '$1=…'))
    .sort();

const cookiesOf = (res: Response) =>
  ([] as string[])
    .concat(res.headers['set-cookie'] ?? [])
    .map((cookie) => cookie.split(';')[0])
    .join('; ');

describe('the landing page of a first visit, from memory (e2e)', () => {
  let t: TestApp;
  let pageRender: jest.SpyInstance;

  beforeAll(async () => {
    t = await createTestApp({ captureLogs: true });
    // Every page Express answers is rendered through res.render; the page from memory never is.
    const express = t.app.getHttpAdapter().getInstance() as unknown as { response: { render: () => void } };
    pageRender = jest.spyOn(express.response, 'render');
  });
  afterAll(() => t?.close());

  /** A visit without cookies, once the page is in memory (the very first is rendered by Express meanwhile). */
  async function firstVisit(): Promise<Response> {
    for (let attempt = 0; attempt < 50; attempt++) {
      pageRender.mockClear();
      const res = await t.http().get('/').expect(200);
      if (pageRender.mock.calls.length === 0) return res;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('The landing page was never answered from memory');
  }

  it('answers a visitor without cookies with the page, headers and cookies Express gives', async () => {
    const fromMemory = await firstVisit();
    pageRender.mockClear();
    // Any cookie at all sends the visitor through Express, as every other page.
    const viaExpress = await t.http().get('/').set('Cookie', 'unrelated=1').expect(200);
    expect(pageRender).toHaveBeenCalledTimes(1);

    expect(fromMemory.text.replace(TOKEN_IN_PAGE, '')).toBe(viaExpress.text.replace(TOKEN_IN_PAGE, ''));
    expect(csrfTokenIn(fromMemory.text)).toMatch(/^[0-9a-f]+\.[0-9a-f]+$/);
    expect(Buffer.byteLength(fromMemory.text)).toBe(Number(fromMemory.headers['content-length']));
    const stable = (res: Response) =>
      Object.fromEntries(
        Object.entries(res.headers).filter(
          ([name]) => !VARYING_HEADERS.has(name) && !THROTTLE_HEADERS.includes(name),
        ),
      );
    expect(stable(fromMemory)).toEqual(stable(viaExpress));
    for (const name of THROTTLE_HEADERS) expect(fromMemory.headers[name]).toBeUndefined();
    expect(fromMemory.headers['cache-control']).toBe('no-store');
    expect(fromMemory.headers['content-security-policy']).toContain("default-src 'self'");
    expect(cookieShapes(fromMemory)).toEqual(cookieShapes(viaExpress));
    expect(cookieShapes(fromMemory)).toEqual([
      'veri.csrf=…; Path=/; HttpOnly; SameSite=Lax',
      'veri.visitor=…; Path=/; HttpOnly; SameSite=Lax',
    ]);
  });

  it('gives each visitor a token and visitor cookie of their own, with a request id and a log line', async () => {
    const first = await firstVisit();
    const second = await firstVisit();
    expect(csrfTokenIn(first.text)).not.toBe(csrfTokenIn(second.text));
    expect(cookiesOf(first)).not.toBe(cookiesOf(second));
    expect(first.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);

    pageRender.mockClear();
    const traced = await t.http().get('/').set('x-request-id', 'landing-trace-1').expect(200);
    expect(pageRender).not.toHaveBeenCalled();
    expect(traced.headers['x-request-id']).toBe('landing-trace-1');
    expect(
      t.logs.find((entry) => entry.reqId === 'landing-trace-1' && entry.msg === 'request completed'),
    ).toBeDefined();
  });

  it('HEAD answers the headers without a body', async () => {
    await firstVisit();
    pageRender.mockClear();
    const res = await t.http().head('/').expect(200);
    expect(pageRender).not.toHaveBeenCalled();
    expect(res.text ?? '').toBe('');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it("logs in with the page's token and the visitor's own cookies, and refuses it with another visitor's", async () => {
    const candidate = await createCandidate(t, '0021001', 'Memory');
    await setPassword(t, candidate.accountId);
    const mine = await firstVisit();
    const someoneElses = await firstVisit();
    const login = (page: Response, cookies: Response) =>
      t
        .http()
        .post('/login')
        .set('Cookie', cookiesOf(cookies))
        .type('form')
        .send({ _csrf: csrfTokenIn(page.text), email: candidate.email, password: TEST_PASSWORD });

    const forged = await login(mine, someoneElses);
    expect(forged.status).toBe(403);
    expect(forged.text).toContain('This form has expired');
    const withoutCookies = await t
      .http()
      .post('/login')
      .type('form')
      .send({ _csrf: csrfTokenIn(mine.text), email: candidate.email, password: TEST_PASSWORD });
    expect(withoutCookies.status).toBe(403);

    const loggedIn = await login(mine, mine);
    expect(loggedIn.status).toBe(303);
    expect(loggedIn.headers.location).toBe('/home');
  });
});
