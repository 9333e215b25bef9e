import request from 'supertest';
import { createTestApp, csrfTokenIn, TestApp } from '../../support/app';
import {
  createStaff,
  GOOD_PASSWORD,
  importRecords,
  lastLinkToken,
  newClientAddress,
  queuedEmails,
  STAFF_PASSWORD,
  staffToken,
  totpCode,
  withDatabase,
} from '../../support/identity';

// The pages: three-step registration, employer registration, login (remember me), logout, staff second
// factor, dashboards, the forgotten-password and confirmation pages, and the staff authorisation pages.
describe('Identity pages', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY: 'true' } });
    await importRecords(t, await staffToken(t, 'records.staff@example.test'), [
      { candidateNumber: '5000001', firstName: 'Hedy', surname: 'Lamarr', dateOfBirth: '1984-11-09' },
    ]);
  });

  afterAll(() => t.close());

  // Each simulated browser comes from its own address, so the per-address login throttle of one test
  // does not spill into another.
  const addresses = new WeakMap<request.Agent, string>();
  const addressOf = (agent: request.Agent) => {
    if (!addresses.has(agent)) addresses.set(agent, newClientAddress());
    return addresses.get(agent)!;
  };

  /** GETs a page and posts its form with the page's CSRF token. */
  async function submit(agent: request.Agent, page: string, action: string, fields: Record<string, string>) {
    const html = (await agent.get(page)).text;
    return agent
      .post(action)
      .set('X-Forwarded-For', addressOf(agent))
      .type('form')
      .send({ _csrf: csrfTokenIn(html) ?? '', ...fields });
  }

  const sessionCookie = (res: request.Response) =>
    ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('veri.sid='));

  describe('candidate registration in three steps', () => {
    it('keeps input across Previous, checks answers, and ends on a neutral "check your email" page', async () => {
      const agent = t.agent();
      const step1 = await agent.get('/register/candidate/login');
      expect(step1.status).toBe(200);
      expect(step1.text).toContain('aria-current="step"');

      // Step 1 errors are shown beside the fields and in the summary, input kept (never the password).
      const bad = await submit(agent, '/register/candidate/login', '/register/candidate/login', {
        email: 'hedy@',
        password: 'short',
        confirmPassword: 'short',
      });
      expect(bad.status).toBe(400);
      expect(bad.text).toContain('There is a problem');
      expect(bad.text).toContain('href="#email"');
      expect(bad.text).toContain('value="hedy@"');
      expect(bad.text).not.toContain('value="short"');

      const ok1 = await submit(agent, '/register/candidate/login', '/register/candidate/login', {
        email: 'hedy@example.test',
        password: GOOD_PASSWORD,
        confirmPassword: GOOD_PASSWORD,
      });
      expect(ok1.status).toBe(303);
      expect(ok1.headers.location).toBe('/register/candidate/profile');

      const profile = {
        candidateNumber: '5000001',
        firstName: 'Hedy',
        surname: 'Lamarr',
        telephone: '',
        mobile: '07700 900789',
        'dateOfBirth-day': '9',
        'dateOfBirth-month': '11',
        'dateOfBirth-year': '1984',
      };
      // Previous from step 2 keeps what was typed there.
      const back = await submit(agent, '/register/candidate/profile', '/register/candidate/profile', {
        ...profile,
        action: 'previous',
      });
      expect(back.headers.location).toBe('/register/candidate/login');
      const step1Again = await agent.get('/register/candidate/login');
      expect(step1Again.text).toContain('value="hedy@example.test"');
      expect(step1Again.text).toContain('leave both password boxes empty to keep it');
      await submit(agent, '/register/candidate/login', '/register/candidate/login', {
        email: 'hedy@example.test',
        password: '',
        confirmPassword: '',
      });
      const step2Again = await agent.get('/register/candidate/profile');
      expect(step2Again.text).toContain('value="5000001"');
      expect(step2Again.text).toContain('value="07700 900789"');
      expect(step2Again.text).toContain('value="1984"');

      const future = await submit(agent, '/register/candidate/profile', '/register/candidate/profile', {
        ...profile,
        'dateOfBirth-year': '2999',
      });
      expect(future.status).toBe(400);
      expect(future.text).toContain('Date of birth must be in the past');

      const ok2 = await submit(agent, '/register/candidate/profile', '/register/candidate/profile', {
        ...profile,
        action: 'continue',
      });
      expect(ok2.headers.location).toBe('/register/candidate/confirm');
      const confirm = await agent.get('/register/candidate/confirm');
      expect(confirm.text).toContain('Check your answers');
      expect(confirm.text).toContain('9 November 1984');
      expect(confirm.text).toContain('5000001');

      // Previous from the confirm page keeps everything too.
      const back2 = await submit(agent, '/register/candidate/confirm', '/register/candidate/confirm', {
        action: 'previous',
      });
      expect(back2.headers.location).toBe('/register/candidate/profile');
      expect((await agent.get('/register/candidate/profile')).text).toContain('value="Lamarr"');
      await submit(agent, '/register/candidate/profile', '/register/candidate/profile', {
        ...profile,
        action: 'continue',
      });

      const done = await submit(agent, '/register/candidate/confirm', '/register/candidate/confirm', {
        action: 'submit',
      });
      expect(done.headers.location).toBe('/register/check-your-email');
      const page = await agent.get('/register/check-your-email');
      expect(page.text).toContain('We have sent an email to <strong>hedy@example.test</strong>');
      const [email] = await queuedEmails(t, 'hedy@example.test');
      expect(email.template).toBe('identity-candidate-active');
      const stored = await withDatabase(t, (c) =>
        c.query(
          `SELECT status, candidate_number, mobile FROM identity_accounts WHERE email = 'hedy@example.test'`,
        ),
      );
      expect(stored.rows[0]).toEqual({
        status: 'active',
        candidate_number: '5000001',
        mobile: '07700 900789',
      });
      // The session no longer holds the registration.
      expect((await agent.get('/register/candidate/confirm')).headers.location).toBe(
        '/register/candidate/login',
      );
    });

    it('an address that already has an account gets the same page; its owner is emailed instead', async () => {
      const agent = t.agent();
      await submit(agent, '/register/candidate/login', '/register/candidate/login', {
        email: 'HEDY@example.test',
        password: GOOD_PASSWORD,
        confirmPassword: GOOD_PASSWORD,
      });
      await submit(agent, '/register/candidate/profile', '/register/candidate/profile', {
        candidateNumber: 'NA',
        firstName: 'Someone',
        surname: 'Else',
        'dateOfBirth-day': '1',
        'dateOfBirth-month': '2',
        'dateOfBirth-year': '1990',
      });
      const before = await withDatabase(
        t,
        async (c) => (await c.query('SELECT count(*)::int AS n FROM identity_accounts')).rows[0].n,
      );
      const done = await submit(agent, '/register/candidate/confirm', '/register/candidate/confirm', {
        action: 'submit',
      });
      expect(done.headers.location).toBe('/register/check-your-email');
      expect((await agent.get('/register/check-your-email')).text).toContain(
        'We have sent an email to <strong>hedy@example.test</strong>',
      );
      expect(
        await withDatabase(
          t,
          async (c) => (await c.query('SELECT count(*)::int AS n FROM identity_accounts')).rows[0].n,
        ),
      ).toBe(before);
      expect((await queuedEmails(t, 'hedy@example.test')).at(-1)?.template).toBe(
        'identity-registration-attempt',
      );
    });

    it('skipping ahead sends you back to the first step', async () => {
      const res = await t.agent().get('/register/candidate/confirm');
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe('/register/candidate/login');
    });
  });

  describe('employer registration and email confirmation', () => {
    it('fills in the invited address when an invitation links to the form', async () => {
      const res = await t.http().get('/register/third-party?email=invited%40northfield.example').expect(200);
      expect(res.text).toMatch(
        /name="email"[^>]*value="invited@northfield.example"|value="invited@northfield.example"[^>]*name="email"/,
      );
    });

    it('registers, confirms the address with a button (not by merely opening the link), then logs in', async () => {
      const agent = t.agent();
      const res = await submit(agent, '/register/third-party', '/register/third-party', {
        firstName: 'Erin',
        surname: 'Employer',
        company: 'Northfield Motors Ltd',
        email: 'erin@northfield.example',
        telephone: '',
        password: GOOD_PASSWORD,
        confirmPassword: GOOD_PASSWORD,
      });
      expect(res.headers.location).toBe('/register/check-your-email');
      const token = await lastLinkToken(t, 'erin@northfield.example', 'verifyUrl');
      const landing = await agent.get(`/verify-email?token=${token}`);
      expect(landing.text).toContain('Confirm my email address');
      expect(
        (
          await withDatabase(t, (c) =>
            c.query(
              `SELECT email_verified_at FROM identity_accounts WHERE email = 'erin@northfield.example'`,
            ),
          )
        ).rows[0].email_verified_at,
      ).toBeNull();
      const confirmed = await agent
        .post('/verify-email')
        .type('form')
        .send({ _csrf: csrfTokenIn(landing.text), token });
      expect(confirmed.text).toContain('Email address confirmed');
      const again = await agent
        .post('/verify-email')
        .type('form')
        .send({ _csrf: csrfTokenIn(landing.text), token });
      expect(again.status).toBe(400);
      expect(again.text).toContain('This link does not work');

      const login = await submit(agent, '/login', '/login', {
        email: 'erin@northfield.example',
        password: GOOD_PASSWORD,
      });
      expect(login.headers.location).toBe('/home');
      const home = await agent.get('/home');
      expect(home.text).toContain('Your dashboard');
      expect(home.text).not.toContain('Documents</h2>');
    });
  });

  describe('login, remember me and logout', () => {
    beforeAll(async () => {
      await withDatabase(t, (c) =>
        c.query(`UPDATE identity_accounts SET email_verified_at = now() WHERE email = 'hedy@example.test'`),
      );
    });

    it('without Remember me: a browser-session cookie, a new session id, and the candidate dashboard', async () => {
      const agent = t.agent();
      const page = await agent.get('/login');
      const before = sessionCookie(page);
      const res = await agent
        .post('/login')
        .type('form')
        .send({ _csrf: csrfTokenIn(page.text), email: 'hedy@example.test', password: GOOD_PASSWORD });
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe('/home');
      const after = sessionCookie(res)!;
      expect(after).toBeDefined();
      expect(after).not.toMatch(/Expires=/i);
      expect(after.split(';')[0]).not.toBe(before?.split(';')[0]);

      const home = await agent.get('/home');
      expect(home.status).toBe(200);
      expect(home.text).toContain('Your candidate dashboard');
      for (const tile of [
        'Documents',
        'Connections',
        'Profile',
        'Orders',
        'Contact Support',
        'Frequently Asked Questions',
      ])
        expect(home.text).toContain(`>${tile}</h2>`);
      expect(home.text).toContain('Logged in as Hedy Lamarr');
    });

    it('with Remember me: a cookie that lasts 30 days', async () => {
      const agent = t.agent();
      const res = await submit(agent, '/login', '/login', {
        email: 'hedy@example.test',
        password: GOOD_PASSWORD,
        rememberMe: 'true',
      });
      const cookie = sessionCookie(res)!;
      const expires = new Date(/Expires=([^;]+)/i.exec(cookie)![1]).getTime();
      expect(expires - Date.now()).toBeGreaterThan(29 * 24 * 3600 * 1000);
    });

    it('a wrong password shows one neutral message and keeps the email', async () => {
      const agent = t.agent();
      const res = await submit(agent, '/login', '/login', {
        email: 'hedy@example.test',
        password: 'wrong password here',
      });
      expect(res.status).toBe(401);
      expect(res.text).toContain('The email address or password is not correct.');
      expect(res.text).toContain('value="hedy@example.test"');
    });

    it('logout ends the session on the server: the old cookie no longer works', async () => {
      const agent = t.agent();
      const login = await submit(agent, '/login', '/login', {
        email: 'hedy@example.test',
        password: GOOD_PASSWORD,
      });
      const cookie = sessionCookie(login)!.split(';')[0];
      const home = await agent.get('/home');
      const out = await agent
        .post('/logout')
        .type('form')
        .send({ _csrf: csrfTokenIn(home.text) });
      expect(out.status).toBe(303);
      const replay = await t.http().get('/home').set('Cookie', cookie);
      expect(replay.status).toBe(303);
      expect(replay.headers.location).toBe('/login?returnTo=%2Fhome');
    });

    it('pages need a login (back to the page after it), and staff pages refuse candidates', async () => {
      const anonymous = await t.http().get('/home');
      expect(anonymous.headers.location).toBe('/login?returnTo=%2Fhome');
      const agent = t.agent();
      const page = await agent.get('/login?returnTo=%2Fhome');
      expect(page.text).toContain('name="returnTo" value="/home"');
      await agent
        .post('/login')
        .type('form')
        .send({ _csrf: csrfTokenIn(page.text), email: 'hedy@example.test', password: GOOD_PASSWORD });
      expect((await agent.get('/admin/registrations')).status).toBe(403);
      expect((await agent.get('/admin')).status).toBe(403);
    });

    it('a password change elsewhere ends this session', async () => {
      const agent = t.agent();
      await submit(agent, '/login', '/login', { email: 'hedy@example.test', password: GOOD_PASSWORD });
      expect((await agent.get('/home')).status).toBe(200);
      const api = await t
        .http()
        .post('/api/v1/auth/token')
        .send({ email: 'hedy@example.test', password: GOOD_PASSWORD });
      await t
        .http()
        .put('/api/v1/me/credentials')
        .set('Authorization', `Bearer ${api.body.accessToken}`)
        .send({ currentPassword: GOOD_PASSWORD, newPassword: 'hedy changed her passphrase' });
      expect((await agent.get('/home')).status).toBe(303);
    });

    it('never sends people to another site after login', async () => {
      const agent = t.agent();
      const res = await submit(agent, '/login', '/login', {
        email: 'erin@northfield.example',
        password: GOOD_PASSWORD,
        returnTo: '//evil.example/x',
      });
      expect(res.headers.location).toBe('/home');
    });
  });

  describe('staff login with a second factor', () => {
    it('asks for the TOTP code after the password, and only then opens the staff pages', async () => {
      await createStaff(t, 'web.staff@example.test');
      const agent = t.agent();
      const first = await submit(agent, '/login', '/login', {
        email: 'web.staff@example.test',
        password: STAFF_PASSWORD,
      });
      expect(first.headers.location).toBe('/login/second-factor');
      // Not logged in yet.
      expect((await agent.get('/admin')).status).toBe(303);
      const wrong = await submit(agent, '/login/second-factor', '/login/second-factor', { code: '000000' });
      expect(wrong.status).toBe(401);
      const ok = await submit(agent, '/login/second-factor', '/login/second-factor', { code: totpCode() });
      expect(ok.headers.location).toBe('/admin');
      const home = await agent.get('/admin');
      expect(home.text).toContain('Staff home');
      expect(home.text).toContain('Registrations');
    });

    it('a colleague invited by staff enrols an authenticator app from a QR code at first login', async () => {
      const admin = t.agent();
      await submit(admin, '/login', '/login', { email: 'web.staff@example.test', password: STAFF_PASSWORD });
      await submit(admin, '/login/second-factor', '/login/second-factor', { code: totpCode(undefined, 1) });
      const invited = await submit(admin, '/admin/staff-accounts', '/admin/staff-accounts', {
        firstName: 'New',
        surname: 'Colleague',
        email: 'new.colleague@example.test',
      });
      expect(invited.headers.location).toBe('/admin/staff-accounts');
      expect((await admin.get('/admin/staff-accounts')).text).toContain(
        'Invitation sent to new.colleague@example.test',
      );

      const colleague = t.agent();
      const token = await lastLinkToken(t, 'new.colleague@example.test', 'setPasswordUrl');
      const set = await submit(colleague, `/reset-password?token=${token}&welcome=1`, '/reset-password', {
        token,
        welcome: '1',
        password: 'kettle42',
        confirmPassword: 'kettle42',
      });
      expect(set.text).toContain('Your password has been changed');
      await submit(colleague, '/login', '/login', {
        email: 'new.colleague@example.test',
        password: 'kettle42',
      });
      const enrol = await colleague.get('/login/second-factor');
      expect(enrol.text).toContain('Set up your authenticator app');
      expect(enrol.text).toMatch(/src="data:image\/png;base64,/);
      const secret = /Key: <span class="reference">([A-Z2-7 ]+)<\/span>/
        .exec(enrol.text)![1]
        .replace(/ /g, '');
      const done = await colleague
        .post('/login/second-factor')
        .type('form')
        .send({ _csrf: csrfTokenIn(enrol.text), code: totpCode(secret) });
      expect(done.headers.location).toBe('/admin');
    });
  });

  describe('forgotten password pages', () => {
    it('answer the same whether or not the account exists, and the link sets a new password once', async () => {
      const agent = t.agent();
      const known = await submit(agent, '/forgotten-password', '/forgotten-password', {
        email: 'erin@northfield.example',
      });
      const unknown = await submit(agent, '/forgotten-password', '/forgotten-password', {
        email: 'nobody@northfield.example',
      });
      expect(known.status).toBe(200);
      expect(unknown.text.replace(/nobody/g, 'erin').replace(/value="[^"]+"/g, '')).toBe(
        known.text.replace(/value="[^"]+"/g, ''),
      );
      const token = await lastLinkToken(t, 'erin@northfield.example', 'resetUrl');
      const reset = await submit(agent, `/reset-password?token=${token}`, '/reset-password', {
        token,
        password: 'erin has a new passphrase',
        confirmPassword: 'erin has a new passphrase',
      });
      expect(reset.text).toContain('Your password has been changed');
      // Opening the used link says so at once, before any password is typed.
      const reopened = await agent.get(`/reset-password?token=${token}`);
      expect(reopened.status).toBe(400);
      expect(reopened.text).toContain('This link does not work');
      expect(reopened.text).not.toContain('name="confirmPassword"');
      const twice = await submit(agent, '/forgotten-password', '/reset-password', {
        token,
        password: 'erin has another passphrase',
        confirmPassword: 'erin has another passphrase',
      });
      expect(twice.status).toBe(400);
      expect(twice.text).toContain('This link does not work');
    });
  });

  describe('staff authorisation pages', () => {
    it('list the queue and approve a registration by linking a record', async () => {
      await importRecords(t, await staffToken(t, 'queue.staff@example.test'), [
        { candidateNumber: '5000100', firstName: 'Katherine', surname: 'Johnson', dateOfBirth: '1988-08-26' },
      ]);
      await t.http().post('/api/v1/registrations/candidates').send({
        email: 'katherine@example.test',
        password: GOOD_PASSWORD,
        candidateNumber: 'NA',
        firstName: 'Katherine',
        surname: 'Goble',
        dateOfBirth: '1988-08-26',
      });
      const admin = t.agent();
      // A code is accepted once per account: this colleague's last one was the current step (API login above).
      await submit(admin, '/login', '/login', {
        email: 'queue.staff@example.test',
        password: STAFF_PASSWORD,
      });
      await submit(admin, '/login/second-factor', '/login/second-factor', { code: totpCode(undefined, 1) });
      const queue = await admin.get('/admin/registrations');
      expect(queue.text).toContain('Katherine Goble');
      expect(queue.text).toContain('5000100: Katherine Johnson');
      const link = /href="(\/admin\/registrations\/[0-9a-f-]{36})"/.exec(queue.text)![1];
      const detail = await admin.get(link);
      expect(detail.text).toContain('Closest candidate records');
      const approved = await admin
        .post(`${link}/approval`)
        .type('form')
        .send({ _csrf: csrfTokenIn(detail.text), candidateNumber: '5000100' });
      expect(approved.headers.location).toBe('/admin/registrations');
      expect((await admin.get('/admin/registrations')).text).toContain(
        'Approved: the account is linked to candidate number 5000100',
      );
    });
  });
});
