// The web shell over HTTP: public pages, errors in both shapes, CSRF, validation, security headers,
// throttling and the operations endpoints, on the real application and a real database.
import { Body, Controller, Get, Module, Post, UnauthorizedException } from '@nestjs/common';
import { Throttle } from '@nestjs/throttler';
import { Type } from 'class-transformer';
import { IsEmail, IsInt, Min } from 'class-validator';
import fs from 'node:fs';
import { Client } from 'pg';
import { PdfRenderer } from '../../../src/shared/application/pdf-renderer';
import { ConflictError } from '../../../src/shared/domain';
import { createTestApp, TestApp } from '../../support/app';

class SampleItem {
  @IsEmail()
  email: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  copies: number;
}

/** Routes that exist only in this test, to drive the shell's behaviour. */
@Controller()
class ShellProbeController {
  @Post('probe/form')
  form(@Body() body: Record<string, unknown>) {
    return { accepted: true, fields: Object.keys(body) };
  }

  @Post('api/v1/probe/items')
  create(@Body() item: SampleItem) {
    return item;
  }

  @Get('api/v1/probe/conflict')
  conflict() {
    throw new ConflictError('PROBE.ALREADY_THERE', 'That item is already there.');
  }

  @Get('api/v1/probe/failure')
  apiFailure() {
    throw new Error('connection to db-secret.internal:5432 refused');
  }

  @Get('probe/failure')
  pageFailure() {
    throw new Error('connection to db-secret.internal:5432 refused');
  }

  @Get('probe/members-only')
  membersOnly() {
    throw new UnauthorizedException();
  }

  @Throttle({ default: { limit: 2, ttl: 60_000 } })
  @Get('api/v1/probe/throttled')
  throttled() {
    return { ok: true };
  }
}

@Module({ controllers: [ShellProbeController] })
class ShellProbeModule {}

describe('web shell (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [ShellProbeModule], captureLogs: true });
  });

  afterAll(() => t?.close());

  describe('public pages', () => {
    it('the landing page offers registration for candidates and employers and a login box', async () => {
      const res = await t
        .http()
        .get('/')
        .expect(200)
        .expect('Content-Type', /text\/html/);
      expect(res.text).toContain('<h2 id="candidates-heading" class="panel__title">Candidates</h2>');
      expect(res.text).toContain('Employers');
      expect(res.text).toContain('href="/register/candidate"');
      expect(res.text).toContain('href="/register/third-party"');
      expect(res.text).toMatch(/<form method="post" action="\/login"/);
      expect(res.text).toContain('autocomplete="username"');
      expect(res.text).toContain('name="rememberMe"');
      expect(res.text).toContain('Forgotten password?');
      expect(res.text).toMatch(/name="_csrf" value="[0-9a-f]+\.[0-9a-f]+"/);
      expect(res.text).toContain('Skip to main content');
      expect(res.text).toContain('Help with this page');
      // The anonymous menu.
      expect(res.text).toContain('>Registration</a>');
      expect(res.text).toContain('href="/login"');
    });

    it('the support page shows the stored contact details', async () => {
      const res = await t.http().get('/support').expect(200);
      expect(res.text).toContain('Contact support');
      expect(res.text).toContain('mailto:support@veri.localhost');
      expect(res.text).toContain('Monday to Friday');
      expect(res.text).toMatch(/<nav class="breadcrumbs"[\s\S]*Home[\s\S]*aria-current="page">Support</);
    });

    it('the FAQ page lists the entries from the database in order, as safe Markdown', async () => {
      const db = new Client({ connectionString: t.database.url });
      await db.connect();
      try {
        await db.query(
          `INSERT INTO faq_entries (id, question, answer, position) VALUES (gen_random_uuid(), 'Is this the first question?', 'Yes, **first**. <script>alert(1)</script>', 1)`,
        );
        await db.query(
          `INSERT INTO faq_entries (id, question, answer, position, published) VALUES (gen_random_uuid(), 'A hidden draft?', 'Not yet.', 2, false)`,
        );
      } finally {
        await db.end();
      }
      const res = await t.http().get('/faq').expect(200);
      expect(res.text).toContain('Frequently asked questions');
      expect(res.text).toContain('How do I register?');
      expect(res.text).toContain('Yes, <strong>first</strong>.');
      expect(res.text).not.toContain('<script>alert(1)</script>');
      expect(res.text).toContain('&lt;script&gt;');
      expect(res.text).not.toContain('A hidden draft?');
      expect(res.text.indexOf('Is this the first question?')).toBeLessThan(
        res.text.indexOf('How do I register?'),
      );
    });

    it('GET /api/v1/faq lists the published entries with paging', async () => {
      const res = await t.http().get('/api/v1/faq?pageSize=3').expect(200);
      expect(res.body).toMatchObject({ page: 1, pageSize: 3, totalPages: expect.any(Number) });
      expect(res.body.items).toHaveLength(3);
      expect(res.body.items[0]).toEqual({
        id: expect.any(String),
        question: 'Is this the first question?',
        answer: expect.stringContaining('**first**'),
        answerHtml: expect.stringContaining('<strong>first</strong>'),
      });
      expect(res.body.totalItems).toBeGreaterThanOrEqual(7);
    });

    it('looks on disk only for addresses under a folder of public/: pages and API calls never stat a file', async () => {
      const stat = jest.spyOn(fs, 'stat');
      try {
        await t.http().get('/').expect(200);
        await t.http().get('/api/v1/faq').expect(200);
        await t.http().get('/no-such-page').expect(404);
        expect(stat).not.toHaveBeenCalled();
        await t.http().get('/images/favicon.svg').expect(200);
        await t.http().get('/js/achievements.js').expect(200);
        expect(stat).toHaveBeenCalled();
        await t.http().get('/css/no-such-file.css').expect(404);
      } finally {
        stat.mockRestore();
      }
    });

    it('serves the stylesheet for a year under its versioned address, and the brand colours', async () => {
      const page = await t.http().get('/').expect(200);
      const href = /href="(\/css\/veri\.css\?v=[0-9a-f]+)"/.exec(page.text)?.[1];
      expect(href).toBeDefined();
      const css = await t
        .http()
        .get(href!)
        .expect(200)
        .expect('Content-Type', /text\/css/);
      expect(css.headers['cache-control']).toContain('immutable');
      const brand = await t.http().get('/css/brand.css').expect(200);
      expect(brand.text).toContain(`--brand-header: ${t.config.brand.headerColour}`);
      expect(brand.text).toContain(`--brand-accent: ${t.config.brand.accentColour}`);
    });
  });

  describe('errors', () => {
    it('an unknown page is a 404 page', async () => {
      const res = await t
        .http()
        .get('/no-such-page')
        .expect(404)
        .expect('Content-Type', /text\/html/);
      expect(res.text).toContain('Page not found');
    });

    it('an unknown API route is a 404 in the API error shape', async () => {
      const res = await t.http().get('/api/v1/no-such-thing').expect(404).expect('Content-Type', /json/);
      expect(res.body).toEqual({
        error: { code: 'PLATFORM.NOT_FOUND', message: expect.any(String), details: [] },
      });
    });

    it('a domain error keeps its code and gets the status of its kind', async () => {
      const res = await t.http().get('/api/v1/probe/conflict').expect(409);
      expect(res.body).toEqual({
        error: { code: 'PROBE.ALREADY_THERE', message: 'That item is already there.', details: [] },
      });
    });

    it('an unexpected failure is a 500 that reveals nothing, and is logged with the request id', async () => {
      const api = await t
        .http()
        .get('/api/v1/probe/failure')
        .set('x-request-id', 'req-failure-1')
        .expect(500);
      expect(api.body).toEqual({
        error: { code: 'PLATFORM.INTERNAL_ERROR', message: expect.any(String), details: [] },
      });
      expect(JSON.stringify(api.body)).not.toContain('db-secret');

      const page = await t.http().get('/probe/failure').set('x-request-id', 'req-failure-2').expect(500);
      expect(page.text).toContain('Sorry, there is a problem with the service');
      expect(page.text).toContain('req-failure-2');
      expect(page.text).not.toContain('db-secret');

      const logged = t.logs.find(
        (line) => line.reqId === 'req-failure-1' && line.msg === 'Unhandled error while answering a request',
      );
      expect(JSON.stringify(logged)).toContain('db-secret');
    });

    it('a page that needs a login sends the visitor to the login page and back', async () => {
      const res = await t.http().get('/probe/members-only?x=1').expect(303);
      expect(res.headers.location).toBe('/login?returnTo=%2Fprobe%2Fmembers-only%3Fx%3D1');
    });
  });

  describe('CSRF', () => {
    it('refuses a form post without a token with a friendly 403 page', async () => {
      const res = await t
        .http()
        .post('/probe/form')
        .type('form')
        .send({ name: 'x' })
        .expect(403)
        .expect('Content-Type', /text\/html/);
      expect(res.text).toContain('This form has expired');
    });

    it('accepts a form post with the token of its session, and hides the token from the handler', async () => {
      const { agent, csrfToken } = await t.webSession('/');
      const res = await agent
        .post('/probe/form')
        .type('form')
        .send({ name: 'x', _csrf: csrfToken })
        .expect(201);
      expect(res.body).toEqual({ accepted: true, fields: ['name'] });
    });

    it('refuses the token of another session', async () => {
      const mine = await t.webSession('/');
      const theirs = await t.webSession('/');
      await mine.agent.post('/probe/form').type('form').send({ _csrf: theirs.csrfToken }).expect(403);
    });

    it('refuses a session-authenticated API write without the header, in the API error shape', async () => {
      const { agent, csrfToken } = await t.webSession('/');
      const refused = await agent
        .post('/api/v1/probe/items')
        .send({ email: 'a@example.com', copies: 1, _csrf: csrfToken })
        .expect(403);
      expect(refused.body.error.code).toBe('PLATFORM.CSRF_INVALID');
      await agent
        .post('/api/v1/probe/items')
        .set('x-csrf-token', csrfToken)
        .send({ email: 'a@example.com', copies: 1 })
        .expect(201);
    });

    it('does not ask API clients with a bearer token for one', async () => {
      await t
        .http()
        .post('/api/v1/probe/items')
        .set('Authorization', 'Bearer some-token')
        .send({ email: 'a@example.com', copies: 2 })
        .expect(201);
    });

    it('gives session clients their token at /api/v1/csrf-token', async () => {
      const agent = t.agent();
      const { body } = await agent.get('/api/v1/csrf-token').expect(200);
      await agent
        .post('/api/v1/probe/items')
        .set('x-csrf-token', body.csrfToken)
        .send({ email: 'a@example.com', copies: 1 })
        .expect(201);
    });
  });

  describe('input', () => {
    it('answers invalid input with 400 and a sentence per field', async () => {
      const res = await t
        .http()
        .post('/api/v1/probe/items')
        .set('Authorization', 'Bearer t')
        .send({ email: 'not-an-email', copies: 0, colour: 'red' })
        .expect(400);
      expect(res.body.error.code).toBe('PLATFORM.VALIDATION_FAILED');
      expect(res.body.error.details).toEqual(
        expect.arrayContaining([
          { field: 'email', message: 'Email must be an email address, like name@example.com.' },
          { field: 'copies', message: 'Copies must not be less than 1.' },
          { field: 'colour', message: 'Colour is not a field we accept.' },
        ]),
      );
    });

    it('answers a query out of range with 400', async () => {
      const res = await t.http().get('/api/v1/faq?pageSize=500').expect(400);
      expect(res.body.error.details).toEqual([
        { field: 'pageSize', message: 'Page size must not be greater than 100.' },
      ]);
    });

    it('answers malformed JSON with 400 and an oversized body with 413', async () => {
      const malformed = await t
        .http()
        .post('/api/v1/probe/items')
        .set('Authorization', 'Bearer t')
        .set('Content-Type', 'application/json')
        .send('{"email": ')
        .expect(400);
      expect(malformed.body.error.code).toBe('PLATFORM.MALFORMED_BODY');
      const huge = JSON.stringify({
        email: 'a@example.com',
        copies: 1,
        padding: 'x'.repeat(6 * 1024 * 1024),
      });
      const tooLarge = await t
        .http()
        .post('/api/v1/probe/items')
        .set('Authorization', 'Bearer t')
        .set('Content-Type', 'application/json')
        .send(huge)
        .expect(413);
      expect(tooLarge.body.error.code).toBe('PLATFORM.BODY_TOO_LARGE');
    });
  });

  describe('security headers', () => {
    it('sends a strict content security policy and the usual protections', async () => {
      const res = await t.http().get('/').expect(200);
      const csp = res.headers['content-security-policy'];
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('same-origin');
      expect(res.headers['x-powered-by']).toBeUndefined();
    });

    it('sets the CSRF cookies httpOnly and SameSite=Lax once a form needs them', async () => {
      const res = await t.http().get('/').expect(200);
      const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
      for (const name of ['veri.visitor=', 'veri.csrf=']) {
        const cookie = cookies.find((c) => c.startsWith(name));
        expect(cookie).toMatch(/HttpOnly/);
        expect(cookie).toMatch(/SameSite=Lax/);
      }
    });

    it('starts no session for a page without a form', async () => {
      const res = await t.http().get('/support').expect(200);
      expect(
        ([] as string[])
          .concat(res.headers['set-cookie'] ?? [])
          .some((cookie) => cookie.startsWith('veri.sid=')),
      ).toBe(false);
    });
  });

  describe('throttling', () => {
    it('answers 429 with Retry-After in the API error shape', async () => {
      await t.http().get('/api/v1/probe/throttled').expect(200);
      await t.http().get('/api/v1/probe/throttled').expect(200);
      const res = await t.http().get('/api/v1/probe/throttled').expect(429);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(res.body.error.code).toBe('PLATFORM.TOO_MANY_REQUESTS');
    });
  });

  describe('operations', () => {
    it('GET /health says the process is alive, answered before the web stack and never cached', async () => {
      const res = await t.http().get('/health').expect(200).expect('Content-Type', /json/);
      expect(res.body).toEqual({ status: 'ok', info: {}, error: {}, details: {} });
      expect(res.headers['cache-control']).toBe('no-store');
      // Not through the page middleware: no page security policy, no cookie, no request id.
      expect(res.headers['content-security-policy']).toBeUndefined();
      expect(res.headers['set-cookie']).toBeUndefined();
      expect(res.headers['x-request-id']).toBeUndefined();
      await t.http().head('/health').expect(200);
    });

    it('GET /health/ready checks the database, the queue and Chromium', async () => {
      const res = await t.http().get('/health/ready').expect(200);
      expect(res.body.status).toBe('ok');
      expect(res.body.details.database).toEqual({ status: 'up' });
      expect(res.body.details.queue).toMatchObject({ status: 'up', adapter: 'in-process' });
      expect(res.body.details.pdf).toMatchObject({
        status: 'up',
        detail: expect.stringContaining('Chromium'),
      });
    });

    it('GET /health/ready of a web process reports Chromium down but stays ready (PDFs answer 503 alone)', async () => {
      const broken = await createTestApp({
        overrides: [
          {
            provide: PdfRenderer,
            useValue: {
              health: async () => ({ up: false, detail: 'Chromium is not installed' }),
              close: async () => undefined,
            },
          },
        ],
      });
      try {
        const res = await broken.http().get('/health/ready').expect(200);
        expect(res.body.status).toBe('ok');
        expect(res.body.details.pdf).toEqual({ status: 'down', detail: 'Chromium is not installed' });
        expect(res.body.details.database).toEqual({ status: 'up' });
      } finally {
        await broken.close();
      }
    });

    it('GET /metrics speaks Prometheus, request durations included', async () => {
      await t.http().get('/faq').expect(200);
      const res = await t
        .http()
        .get('/metrics')
        .expect(200)
        .expect('Content-Type', /text\/plain/);
      expect(res.text).toContain('veri_process_cpu_user_seconds_total');
      expect(res.text).toMatch(
        /veri_http_request_duration_seconds_count\{method="GET",route="\/faq",status_code="200"\} \d+/,
      );
    });

    it('publishes the OpenAPI document and its explorer', async () => {
      const json = await t.http().get('/api/docs-json').expect(200);
      expect(json.body.openapi).toMatch(/^3\./);
      expect(Object.keys(json.body.paths)).toContain('/api/v1/faq');
      expect(Object.keys(json.body.paths).every((path) => path.startsWith('/api/'))).toBe(true);
      const ui = await t.http().get('/api/docs').expect(200);
      expect(ui.text).toContain('swagger-ui');
    });

    it('returns the request id it was given, or a new one, and logs each request with it', async () => {
      const given = await t.http().get('/faq').set('x-request-id', 'trace-abc-123').expect(200);
      expect(given.headers['x-request-id']).toBe('trace-abc-123');
      const made = await t.http().get('/faq').expect(200);
      expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      const line = t.logs.find(
        (entry) => entry.reqId === 'trace-abc-123' && entry.msg === 'request completed',
      );
      expect(line).toBeDefined();
    });

    it('never writes cookies or authorization headers to the log', async () => {
      await t
        .http()
        .get('/faq')
        .set('Authorization', 'Bearer very-secret-token')
        .set('Cookie', 'veri.sid=secret-session')
        .expect(200);
      const text = JSON.stringify(t.logs);
      expect(text).not.toContain('very-secret-token');
      expect(text).not.toContain('secret-session');
    });
  });
});
