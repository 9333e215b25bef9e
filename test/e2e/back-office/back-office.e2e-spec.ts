// The staff back office: home with the work waiting, search, the candidate page with suspend and
// reinstate, the audit trail and the job queue. Every page against every kind of caller.
import { JobQueue, PermanentJobFailure } from '../../../src/shared/application/job-queue';
import { csrfTokenIn, TestApp } from '../../support/app';
import { eventually } from '../../support/eventually';
import { newClientAddress } from '../../support/identity';
import {
  importAchievements,
  outboxEmails,
  run,
  setPassword,
  TEST_PASSWORD,
} from '../sharing/sharing-fixtures';
import { ACTORS, Actors, as, itShowsOnlyToStaff, startBackOffice } from './back-office-fixtures';

describe('back office', () => {
  let t: TestApp;
  let actors: Actors;
  let certificates: { fresh: string; accreditation: string; old: string };

  beforeAll(async () => {
    ({ t, actors } = await startBackOffice('BO'));
    certificates = await importAchievements(t, actors.candidate.candidateNumber!, 'BOC');
  });

  afterAll(() => t.close());

  const staff = (method: 'get' | 'post' | 'put' | 'delete', path: string) =>
    as(t, actors, 'staff', method, path);

  // Who may call the API routes is the authorisation matrix's (test/security); the pages are checked here.
  describe('who may open each page', () => {
    itShowsOnlyToStaff(
      () => ({ t, actors }),
      [
        { name: '/admin', path: () => '/admin' },
        { name: '/admin/search', path: () => '/admin/search?q=Holder' },
        { name: '/admin/candidates/{id}', path: () => `/admin/candidates/${actors.candidate.accountId}` },
        { name: '/admin/audit', path: () => '/admin/audit' },
        { name: '/admin/jobs', path: () => '/admin/jobs' },
      ],
    );

    const writes: Array<{ name: string; method: 'post' | 'delete'; path: () => string }> = [
      {
        name: 'POST /admin/accounts/{id}/suspension',
        method: 'post',
        path: () => `/admin/accounts/${actors.candidate.accountId}/suspension`,
      },
      {
        name: 'POST /admin/jobs/dead-letters/{id}/retry',
        method: 'post',
        path: () => '/admin/jobs/dead-letters/unknown/retry',
      },
      {
        name: 'POST /admin/accounts/{id}/password-reset-email',
        method: 'post',
        path: () => `/admin/accounts/${actors.candidate.accountId}/password-reset-email`,
      },
    ];
    for (const route of writes) {
      for (const actor of ACTORS.filter((a) => a !== 'staff')) {
        it(`${route.name} as ${actor} is refused`, async () => {
          const res = await as(t, actors, actor, route.method, route.path());
          // 401/403, or the redirect to the login page; never done.
          expect([303, 401, 403]).toContain(res.status);
          if (res.status === 303) expect(res.headers.location).toMatch(/^\/login/);
        });
      }
    }
    it('refused writes changed nothing', async () => {
      const res = await staff('get', `/api/v1/admin/accounts/${actors.candidate.accountId}`);
      expect(res.body.status).toBe('active');
    });
  });

  describe('home', () => {
    it('shows the work waiting, each a count and a link', async () => {
      const res = await staff('get', '/admin');
      expect(res.status).toBe(200);
      expect(res.text).toContain('Staff home');
      expect(res.text).toMatch(
        /href="\/admin\/registrations"><strong>0<\/strong> Registrations waiting for authorisation/,
      );
      expect(res.text).toMatch(/href="\/admin\/enquiries"><strong>0<\/strong> Open enquiries/);
      expect(res.text).toMatch(
        /href="\/admin\/orders\?status(=|&#x3D;)paid"><strong>0<\/strong> Paid orders waiting for a print batch/,
      );
      expect(res.text).toMatch(/href="\/admin\/jobs"><strong>0<\/strong> Failed jobs/);
      for (const label of [
        'Print Batches',
        'Orders',
        'Document Downloads',
        'Search',
        'Support',
        'FAQ',
        'Registrations',
        'Enquiries',
        'Records',
        'Catalogue',
        'Audit',
        'Jobs',
        'Logout',
      ]) {
        expect(res.text).toContain(`>${label}<`);
      }
    });

    it('counts a pending registration', async () => {
      const reg = await t
        .http()
        .post('/api/v1/registrations/candidates')
        .set('X-Forwarded-For', newClientAddress())
        .send({
          email: 'pending.bo@example.test',
          password: 'a long unusual passphrase 42',
          candidateNumber: 'NA',
          firstName: 'Pen',
          surname: 'Ding',
          dateOfBirth: '1991-01-01',
        });
      expect(reg.body.status).toBe('pending_authorisation');
      const res = await staff('get', '/admin');
      expect(res.text).toMatch(/<strong>1<\/strong> Registrations waiting for authorisation/);
    });
  });

  describe('search', () => {
    it('finds candidates by number, name, email and date of birth', async () => {
      for (const term of ['BO00001', 'sam hold', 'bo.holder@', '1990-04-27', '27/04/1990']) {
        const res = await staff('get', `/api/v1/admin/search?q=${encodeURIComponent(term)}`);
        expect(res.status).toBe(200);
        expect(res.body.candidates.map((c: { accountId: string }) => c.accountId)).toContain(
          actors.candidate.accountId,
        );
      }
      const page = await staff('get', '/admin/search?q=Holder');
      expect(page.text).toContain(`href="/admin/candidates/${actors.candidate.accountId}"`);
    });

    it('finds achievements by certificate number, qualification number and title', async () => {
      for (const term of [certificates.fresh, '500/9349', 'vehicle maint']) {
        const res = await staff('get', `/api/v1/admin/search?q=${encodeURIComponent(term)}`);
        expect(
          res.body.achievements.map((a: { certificateNumber: string }) => a.certificateNumber),
        ).toContain(certificates.fresh);
      }
    });

    it('answers 5,000 characters, SQL-looking text and wildcards safely', async () => {
      for (const term of ['x'.repeat(5000), "' OR 1=1; DROP TABLE achievements; --", '%', '_', '\\']) {
        const api = await staff('get', `/api/v1/admin/search?q=${encodeURIComponent(term)}`);
        expect(api.status).toBe(200);
        expect(api.body.candidates).toEqual([]);
        expect(api.body.achievements).toEqual([]);
        const page = await staff('get', `/admin/search?q=${encodeURIComponent(term)}`);
        expect(page.status).toBe(200);
      }
      expect((await run(t, `SELECT count(*)::int AS n FROM achievements`))[0]).toEqual({ n: 3 });
    });

    it('uses the trigram indexes', async () => {
      const plan = (await run(
        t,
        `EXPLAIN SELECT 1 FROM achievements WHERE title ILIKE '%vehicle%'`,
      )) as Array<{ 'QUERY PLAN': string }>;
      expect(plan.length).toBeGreaterThan(0);
      const indexes = (await run(
        t,
        `SELECT indexname FROM pg_indexes WHERE indexname LIKE '%trgm%' ORDER BY 1`,
      )) as Array<{ indexname: string }>;
      expect(indexes.map((i) => i.indexname)).toEqual(
        expect.arrayContaining([
          'achievements_title_trgm_idx',
          'achievements_certificate_number_trgm_idx',
          'identity_accounts_email_trgm_idx',
        ]),
      );
    });
  });

  describe('candidate page, suspend and reinstate', () => {
    it('shows account, achievements, connections and the audit trail', async () => {
      const res = await staff('get', `/admin/candidates/${actors.candidate.accountId}`);
      expect(res.status).toBe(200);
      expect(res.text).toContain('BO00001');
      expect(res.text).toContain(certificates.fresh);
      expect(res.text).toContain('Suspend account');
      expect((await staff('get', '/admin/candidates/not-an-id')).status).toBe(404);
    });

    it('suspending ends tokens at once and refuses login with 403 IDENTITY.ACCOUNT_SUSPENDED; reinstating lets it log in', async () => {
      await setPassword(t, actors.candidate.accountId);
      const before = await t
        .http()
        .get('/api/v1/me')
        .set('Authorization', `Bearer ${actors.candidate.token}`);
      expect(before.status).toBe(200);

      const suspended = await staff(
        'post',
        `/api/v1/admin/accounts/${actors.candidate.accountId}/suspension`,
      );
      expect(suspended.status).toBe(200);
      expect(suspended.body).toEqual({ accountId: actors.candidate.accountId, status: 'suspended' });
      expect(
        (await t.http().get('/api/v1/me').set('Authorization', `Bearer ${actors.candidate.token}`)).status,
      ).toBe(401);
      const login = await t
        .http()
        .post('/api/v1/auth/token')
        .set('X-Forwarded-For', newClientAddress())
        .send({ email: actors.candidate.email, password: TEST_PASSWORD });
      expect(login.status).toBe(403);
      expect(login.body.error.code).toBe('IDENTITY.ACCOUNT_SUSPENDED');
      const again = await staff('post', `/api/v1/admin/accounts/${actors.candidate.accountId}/suspension`);
      expect(again.status).toBe(409);

      const page = await staff('get', `/admin/candidates/${actors.candidate.accountId}`);
      expect(page.text).toContain('Suspended');
      expect(page.text).toContain('Reinstate account');

      const reinstated = await staff(
        'post',
        `/api/v1/admin/accounts/${actors.candidate.accountId}/reinstatement`,
      );
      expect(reinstated.body).toEqual({ accountId: actors.candidate.accountId, status: 'active' });
      const back = await t
        .http()
        .post('/api/v1/auth/token')
        .set('X-Forwarded-For', newClientAddress())
        .send({ email: actors.candidate.email, password: TEST_PASSWORD });
      expect(back.status).toBe(200);
      actors.candidate.token = back.body.accessToken;

      const audit = await staff('get', `/api/v1/admin/audit-events?targetId=${actors.candidate.accountId}`);
      const actions = audit.body.items.map((e: { action: string }) => e.action);
      expect(actions).toEqual(
        expect.arrayContaining(['identity.account-suspended', 'identity.account-reinstated']),
      );
      expect(JSON.stringify(audit.body)).not.toContain(TEST_PASSWORD);
    });

    it('sends a password reset link, or an activation link only while the address is unconfirmed (audited, no secret kept)', async () => {
      const reset = await staff('post', `/api/v1/admin/accounts/${actors.candidate.accountId}/emails`).send({
        kind: 'password-reset',
      });
      expect(reset.status).toBe(204);
      const emails = await outboxEmails(t);
      const sent = emails.filter(
        (e) => e.to === actors.candidate.email && typeof e.data.resetUrl === 'string',
      );
      expect(sent).toHaveLength(1);
      const activation = await staff(
        'post',
        `/api/v1/admin/accounts/${actors.candidate.accountId}/emails`,
      ).send({ kind: 'activation' });
      expect(activation.status).toBe(409);
      expect(activation.body.error.code).toBe('IDENTITY.EMAIL_ALREADY_VERIFIED');
      expect(
        (
          await staff('post', `/api/v1/admin/accounts/${actors.candidate.accountId}/emails`).send({
            kind: 'other',
          })
        ).status,
      ).toBe(400);
      const audit = await staff(
        'get',
        `/api/v1/admin/audit-events?action=identity.password-reset-email-sent-by-staff`,
      );
      expect(audit.body.items[0].targetId).toBe(actors.candidate.accountId);
      const token = new URL(sent[0].data.resetUrl as string).searchParams.get('token')!;
      expect(JSON.stringify(audit.body)).not.toContain(token);
      const page = await staff('get', `/admin/candidates/${actors.candidate.accountId}`);
      expect(page.text).toContain('Send a password reset email');
      expect(page.text).not.toContain('Resend the activation email');
    });

    it('staff cannot be suspended', async () => {
      const me = await staff('get', '/api/v1/me');
      const res = await staff('post', `/api/v1/admin/accounts/${me.body.id}/suspension`);
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('IDENTITY.STAFF_NOT_SUSPENDABLE');
    });
  });

  describe('audit trail', () => {
    it('refuses page -1 and pageSize 10000 on the API; the page clamps them', async () => {
      expect((await staff('get', '/api/v1/admin/audit-events?page=-1')).status).toBe(400);
      expect((await staff('get', '/api/v1/admin/audit-events?pageSize=10000')).status).toBe(400);
      const page = await staff('get', '/admin/audit?page=-1&pageSize=10000');
      expect(page.status).toBe(200);
      expect(page.text).toContain('Audit trail');
    });

    it('is append-only: the database refuses to change or remove an entry', async () => {
      await expect(run(t, `UPDATE audit_events SET action = 'rewritten'`)).rejects.toThrow(/append-only/);
      await expect(run(t, `DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
      await expect(run(t, `TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
    });

    it('filters by action, and shows back a filter that cannot match with what is wrong with it', async () => {
      const res = await staff('get', '/admin/audit?action=identity.account-suspended');
      expect(res.text).toContain('identity.account-suspended');
      expect(res.text).not.toContain('identity.account-reinstated');
      const bad = await staff('get', '/admin/audit?actorId=alice');
      expect(bad.status).toBe(400);
      expect(bad.text).toContain('error-summary');
      expect(bad.text).toContain('value="alice"');
    });

    it('shows who acted by name, British dates and times, and no empty details', async () => {
      await run(
        t,
        `INSERT INTO audit_events (id, occurred_at, actor_id, action, target_type, target_id, ip, details)
         VALUES (gen_random_uuid(), now(), NULL, 'test.empty-detail', 'document', NULL, NULL, '{"document": null, "rows": 3}')`,
      );
      const res = await staff('get', '/admin/audit');
      const rows = res.text.slice(res.text.indexOf('<tbody>'), res.text.indexOf('</tbody>'));
      expect(rows).not.toMatch(/GMT|Coordinated Universal Time/);
      expect(rows).not.toMatch(/<td data-label="Who"[^>]*>[0-9a-f]{8}-/);
      expect(rows).toMatch(/<td data-label="When">\d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}<\/td>/);
      expect(rows).toContain('<td data-label="Who">The system</td>');
      expect(rows).toContain('<td data-label="Details">rows: 3</td>');
      expect(rows).not.toContain('document: null');
    });
  });

  describe('jobs', () => {
    it('shows queue and outbox health', async () => {
      const api = await staff('get', '/api/v1/admin/jobs');
      expect(api.body).toMatchObject({
        counts: { failed: 0 },
        queue: { adapter: 'in-process' },
        outbox: { pending: expect.any(Number) },
      });
      const page = await staff('get', '/admin/jobs');
      expect(page.text).toContain('Dead-lettered');
      expect(page.text).toContain('Outbox not yet queued');
    });

    it('retries and discards a dead-lettered job from the page', async () => {
      // A worker whose job cannot succeed until it is fixed: the first attempt is final.
      const queue = t.app.get(JobQueue);
      let fixed = false;
      const ran: string[] = [];
      await queue.consume(async (job) => {
        ran.push(job.id);
        // Only this test's jobs fail; anything else the app queues is taken as done.
        if (job.id.startsWith('job-') && !fixed)
          throw new PermanentJobFailure('The mail server refused the message');
      });
      await queue.enqueue({ id: 'job-retry', topic: 'email.send', payload: {} });
      await queue.enqueue({ id: 'job-discard', topic: 'email.send', payload: {} });
      await eventually(async () => (await queue.counts()).failed === 2);

      const home = await staff('get', '/admin');
      expect(home.text).toMatch(/<strong>2<\/strong> Failed jobs/);
      const agent = t.agent();
      const auth = { Authorization: `Bearer ${actors.staffToken}` };
      const page = await agent.get('/admin/jobs').set(auth);
      expect(page.text).toContain('The mail server refused the message');
      expect(page.text).toContain('/admin/jobs/dead-letters/job-retry/retry');

      fixed = true;
      const retried = await agent
        .post('/admin/jobs/dead-letters/job-retry/retry')
        .set(auth)
        .type('form')
        .send({ _csrf: csrfTokenIn(page.text) });
      expect(retried.status).toBe(303);
      await eventually(async () => ran.filter((id) => id === 'job-retry').length === 2);
      const discarded = await agent
        .post('/admin/jobs/dead-letters/job-discard/discard')
        .set(auth)
        .type('form')
        .send({ _csrf: csrfTokenIn(page.text) });
      expect(discarded.status).toBe(303);
      const after = await agent.get('/admin/jobs').set(auth);
      expect(after.text).toContain('The job was discarded.');
      expect(after.text).toContain('No dead-lettered jobs.');
      expect((await staff('get', '/api/v1/admin/jobs')).body.counts.failed).toBe(0);
    });
  });
});
