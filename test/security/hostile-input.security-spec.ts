// Hostile request bodies and parameters (docs/security.md, finding 1 and 10 of the security pass):
// each is refused with a 4xx within a time bound, and the event loop stays free for other requests.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createTestApp, TestApp } from '../support/app';
import { createCandidate, createStaff, createThirdParty, Party } from '../e2e/sharing/sharing-fixtures';
import { fillPath, operationsOf } from './openapi';

/** Generous for a shared 2-core CI machine; the old code took 3 to 30 seconds on these bodies. */
const ANSWER_WITHIN_MS = 1000;
const LOOP_BLOCKED_AT_MOST_MS = 200;

describe('hostile input', () => {
  let t: TestApp;
  let staff: Party;
  let candidate: Party;
  let thirdParty: Party;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await createStaff(t);
    candidate = await createCandidate(t, '0001001', 'Hostile');
    thirdParty = await createThirdParty(t, 'hostile.third@example.test');
  });
  afterAll(() => t.close());

  async function timed(body: string, path = '/api/v1/email-verifications') {
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    const started = Date.now();
    const res = await t.http().post(path).set('Content-Type', 'application/json').send(body);
    const elapsed = Date.now() - started;
    loop.disable();
    return { res, elapsed, loopMaxMs: loop.max / 1e6 };
  }

  describe('body bombs, anonymous', () => {
    const bombs: Array<[string, () => string, number, string]> = [
      [
        '4 MB of nested arrays',
        () => '['.repeat(2_000_000) + ']'.repeat(2_000_000),
        413,
        'PLATFORM.BODY_TOO_LARGE',
      ],
      [
        'nesting within the size limit',
        () => '['.repeat(40_000) + ']'.repeat(40_000),
        400,
        'PLATFORM.BODY_TOO_DEEP',
      ],
      [
        'a flat array of 1.3 M zeros',
        () => `[${new Array(1_300_000).fill(0).join(',')}]`,
        413,
        'PLATFORM.BODY_TOO_LARGE',
      ],
      [
        'a flat array of 20,000 zeros (40 KB)',
        () => `[${new Array(20_000).fill(0).join(',')}]`,
        413,
        'PLATFORM.BODY_TOO_LARGE',
      ],
      [
        'an object of 5,000 fields',
        () => JSON.stringify(Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`f${i}`, i]))),
        413,
        'PLATFORM.BODY_TOO_LARGE',
      ],
    ];

    it.each(bombs)(
      '%s is refused quickly without blocking other requests',
      async (_name, make, status, code) => {
        const { res, elapsed, loopMaxMs } = await timed(make());
        expect(res.status).toBe(status);
        expect(res.body.error.code).toBe(code);
        expect(elapsed).toBeLessThan(ANSWER_WITHIN_MS);
        expect(loopMaxMs).toBeLessThan(LOOP_BLOCKED_AT_MOST_MS);
        expect(JSON.stringify(res.body).length).toBeLessThan(10_000);
      },
    );

    it('names at most 20 problems, however many the body has', async () => {
      const body = {
        email: 'x',
        ...Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`extra${i}`, i])),
      };
      const res = await t.http().post('/api/v1/email-verifications').send(body).expect(400);
      expect(res.body.error.details).toHaveLength(20);
    });

    it('keeps the 5 MB allowance for staff imports only', async () => {
      const rows = Array.from({ length: 2000 }, (_, i) => ({
        candidateNumber: `IMP${String(i).padStart(5, '0')}`,
        firstName: 'Ima',
        surname: 'Port',
        dateOfBirth: '1990-01-01',
      }));
      const res = await t
        .http()
        .post('/api/v1/admin/candidate-records/imports')
        .set('Authorization', `Bearer ${staff.token}`)
        .send(rows);
      expect(res.status).toBe(200);
      expect(res.body.created).toBe(2000);
    });
  });

  describe('NUL characters', () => {
    it('refuses NUL in a JSON string with 400', async () => {
      const res = await t
        .http()
        .post('/api/v1/email-verifications')
        .set('Content-Type', 'application/json')
        .send('{"email":"a\\u0000@example.com"}')
        .expect(400);
      expect(res.body.error.code).toBe('PLATFORM.NUL_CHARACTER');
    });

    it('refuses NUL in a path, a query and a form with 400', async () => {
      const auth = { Authorization: `Bearer ${staff.token}` };
      for (const res of [
        await t.http().get('/api/v1/admin/candidates/00%0001/connections').set(auth),
        await t.http().get('/api/v1/admin/search?q=a%00b').set(auth),
        await t.http().post('/login').type('form').send('email=a%00b&password=x'),
      ]) {
        expect(res.status).toBe(400);
        expect(res.body.error?.code ?? res.text).toMatch(/NUL/);
      }
    });
  });

  describe('oversized path parameters', () => {
    it('refuses a 150-character candidate number with 400, not an overflow of the audit log', async () => {
      const res = await t
        .http()
        .get(`/api/v1/admin/candidates/${'9'.repeat(150)}/connections`)
        .set('Authorization', `Bearer ${staff.token}`)
        .expect(400);
      expect(res.body.error.code).toBe('PLATFORM.PARAMETER_TOO_LONG');
    });
  });

  describe('every path parameter of every operation', () => {
    const LONG = 'a'.repeat(1000);

    it('refuses NUL with 400 for anyone, and a 1000-character value with 400 or 404, never 500', async () => {
      const operations = await operationsOf(t);
      const failures: string[] = [];
      let checked = 0;
      for (const operation of operations) {
        for (const name of operation.pathParameters) {
          checked += 1;
          const where = `${operation.method.toUpperCase()} ${operation.path} {${name}}`;
          // NUL is refused before authentication: even an anonymous request gets the 400.
          const nul = await t.http()[operation.method](fillPath(operation, { [name]: 'a%00b' }, 'x'));
          if (nul.status !== 400 || nul.body.error?.code !== 'PLATFORM.NUL_CHARACTER')
            failures.push(`${where} with NUL: ${nul.status} ${nul.body.error?.code ?? ''}`);
          // The length is checked once the caller is let in: ask as each party until one is.
          const path = fillPath(operation, { [name]: LONG }, 'x');
          let letIn: number | undefined;
          for (const party of [undefined, candidate, thirdParty, staff]) {
            const req = t.http()[operation.method](path);
            const res = await (party ? req.set('Authorization', `Bearer ${party.token}`) : req);
            if (res.status >= 500) failures.push(`${where} 1000 characters: ${res.status}`);
            if (res.status !== 401 && res.status !== 403) {
              letIn = res.status;
              break;
            }
          }
          if (letIn !== 400 && letIn !== 404)
            failures.push(`${where} 1000 characters: ${letIn ?? 'nobody let in'}`);
        }
      }
      expect(failures).toEqual([]);
      expect(checked).toBeGreaterThan(40);
    });
  });

  describe('caching of personal answers', () => {
    it('marks every answer to an authenticated request no-store, anonymous pages not', async () => {
      const me = await t
        .http()
        .get('/api/v1/me')
        .set('Authorization', `Bearer ${candidate.token}`)
        .expect(200);
      expect(me.headers['cache-control']).toBe('no-store');
      const photo = await t.http().get('/api/v1/me/photo').set('Authorization', `Bearer ${candidate.token}`);
      expect(photo.headers['cache-control']).toContain('no-store');
      const search = await t
        .http()
        .get('/api/v1/admin/search?q=Hostile')
        .set('Authorization', `Bearer ${staff.token}`);
      expect(search.headers['cache-control']).toBe('no-store');
      const faq = await t.http().get('/faq').expect(200);
      expect(faq.headers['cache-control'] ?? '').not.toContain('no-store');
    });
  });
});
