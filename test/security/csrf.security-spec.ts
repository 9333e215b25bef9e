// Cross-site request forgery on every cookie-authenticated write (docs/security.md): every non-GET
// route the Nest router knows, API and HTML pages alike, refuses a logged-in session's request without
// a valid CSRF token with 403 PLATFORM.CSRF_INVALID, before any handler runs. The only exceptions are
// the documented CSRF_EXEMPT_PATH_PREFIXES (no session cookie can authenticate those). A write route
// added tomorrow is in the list by itself; if it is not refused, this test names it.
import { randomUUID } from 'node:crypto';
import { CSRF_EXEMPT_PATH_PREFIXES, CSRF_INVALID } from '../../src/shared/web/csrf/csrf-protection';
import { createTestApp, TestApp } from '../support/app';
import { createCandidate, createStaff } from '../e2e/sharing/sharing-fixtures';
import { cookieSession } from './sessions';
import { fillRoute, Route, routesOf } from './routes';

const SAFE_METHODS = new Set(['get', 'head', 'options']);

describe('CSRF on every cookie-authenticated write', () => {
  let t: TestApp;
  let writes: Route[];

  beforeAll(async () => {
    t = await createTestApp();
    writes = routesOf(t).filter((route) => !SAFE_METHODS.has(route.method));
  });
  afterAll(() => t?.close());

  const isExempt = (route: Route) =>
    CSRF_EXEMPT_PATH_PREFIXES.some((prefix) => route.path.startsWith(prefix));

  it('finds the write routes of the API and of the pages', () => {
    expect(writes.length).toBeGreaterThan(100);
    expect(writes).toContainEqual({ method: 'post', path: '/api/v1/me/connections' });
    expect(writes).toContainEqual({ method: 'post', path: '/profile/details' });
    // Each exemption still names a route that exists, so a stale prefix cannot hide a new one.
    for (const prefix of CSRF_EXEMPT_PATH_PREFIXES)
      expect(writes.some((route) => route.path.startsWith(prefix))).toBe(true);
  });

  it.each([
    ['a candidate', () => createCandidate(t, '0007001', 'Forged')],
    ['a member of staff', () => createStaff(t, 'csrf.staff@example.test')],
  ])(
    'refuses every write of %s logged in with a session cookie, without a token or with a forged one',
    async (_who, party) => {
      const { agent, csrf } = await cookieSession(t, await party());
      // The session is logged in, and its token opens a write (this one is refused later, by validation).
      const probe = await agent.get('/api/v1/me').set('x-csrf-token', await csrf());
      expect(probe.status).toBe(200);
      const accepted = await agent
        .post('/api/v1/me/addresses')
        .set('x-csrf-token', await csrf())
        .send({});
      expect(accepted.status).not.toBe(403);

      const notRefused: string[] = [];
      for (const route of writes.filter((route) => !isExempt(route))) {
        const path = fillRoute(route, randomUUID());
        for (const [what, token] of [
          ['no token', undefined],
          ['a forged token', 'forged.token'],
        ] as const) {
          let req = agent[route.method as 'post'](path);
          if (token) req = req.set('x-csrf-token', token);
          const res = await (route.path.startsWith('/api/')
            ? req.send({ any: 'thing' })
            : req.type('form').send({ any: 'thing', ...(token ? { _csrf: token } : {}) }));
          const refused =
            res.status === 403 &&
            (res.body?.error?.code === CSRF_INVALID || res.text.includes('This form has expired'));
          if (!refused)
            notRefused.push(`${route.method.toUpperCase()} ${route.path} (${what}): ${res.status}`);
        }
      }
      expect(notRefused).toEqual([]);
    },
  );
});
