// Staff edit the FAQ and the support contact details (API and pages); the public pages show the result
// with the answer rendered inert: no script, no javascript: link.
import { createTestApp, csrfTokenIn, TestApp } from '../../support/app';
import { Actor, ACTORS, Actors, as, createActors } from './back-office-fixtures';

describe('FAQ and support content (staff)', () => {
  let t: TestApp;
  let actors: Actors;

  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY: 'true' } });
    actors = await createActors(t, 'FQ');
  });

  afterAll(() => t.close());

  const staff = (method: 'get' | 'post' | 'put' | 'delete', path: string) =>
    as(t, actors, 'staff', method, path);
  const entry = { question: 'Can I pay by cheque?', answer: 'No: pay **online** by card.' };

  describe('who may use each route', () => {
    let id: string;
    beforeAll(async () => {
      id = (await staff('post', '/api/v1/admin/faq').send(entry)).body.id;
    });

    const api: Record<Actor, number> = {
      anonymous: 401,
      candidate: 403,
      thirdParty: 403,
      staffWithoutSecondFactor: 401,
      staff: 200,
    };
    const page: Record<Actor, number> = {
      anonymous: 303,
      candidate: 403,
      thirdParty: 403,
      staffWithoutSecondFactor: 303,
      staff: 200,
    };
    for (const actor of ACTORS) {
      it(`GET /api/v1/admin/faq as ${actor} -> ${api[actor]}`, async () => {
        expect((await as(t, actors, actor, 'get', '/api/v1/admin/faq')).status).toBe(api[actor]);
      });
      it(`GET /api/v1/admin/support-contact as ${actor} -> ${api[actor]}`, async () => {
        expect((await as(t, actors, actor, 'get', '/api/v1/admin/support-contact')).status).toBe(api[actor]);
      });
      for (const path of ['/admin/faq', '/admin/support']) {
        it(`GET ${path} as ${actor} -> ${page[actor]}`, async () => {
          expect((await as(t, actors, actor, 'get', path)).status).toBe(page[actor]);
        });
      }
      it(`GET /admin/faq/{id} as ${actor} -> ${page[actor]}`, async () => {
        expect((await as(t, actors, actor, 'get', `/admin/faq/${id}`)).status).toBe(page[actor]);
      });
      if (actor === 'staff') continue;
      it(`POST, PUT, DELETE /api/v1/admin/faq and PUT /api/v1/admin/support-contact as ${actor} are refused`, async () => {
        const refused = [401, 403];
        expect(refused).toContain(
          (await as(t, actors, actor, 'post', '/api/v1/admin/faq').send(entry)).status,
        );
        expect(refused).toContain(
          (await as(t, actors, actor, 'put', `/api/v1/admin/faq/${id}`).send(entry)).status,
        );
        expect(refused).toContain((await as(t, actors, actor, 'delete', `/api/v1/admin/faq/${id}`)).status);
        expect(refused).toContain(
          (
            await as(t, actors, actor, 'put', '/api/v1/admin/support-contact').send({
              email: 'x@example.test',
            })
          ).status,
        );
        expect([303, 401, 403]).toContain(
          (await as(t, actors, actor, 'post', '/admin/faq').type('form').send(entry)).status,
        );
        expect(
          (await staff('get', '/api/v1/admin/faq')).body.items.find((e: { id: string }) => e.id === id),
        ).toMatchObject(entry);
      });
    }
  });

  describe('the API', () => {
    it('adds, revises, reorders and removes entries; each change is audited', async () => {
      const added = await staff('post', '/api/v1/admin/faq').send({
        question: 'First?',
        answer: 'Yes.',
        position: 0,
      });
      expect(added.status).toBe(201);
      const list = await staff('get', '/api/v1/admin/faq');
      expect(list.body.items[0]).toMatchObject({ id: added.body.id, position: 0, published: true });

      const revised = await staff('put', `/api/v1/admin/faq/${added.body.id}`).send({
        question: 'First of all?',
        answer: 'Yes, *really*.',
        published: false,
      });
      expect(revised.status).toBe(204);
      const publicFaq = await t.http().get('/faq');
      expect(publicFaq.text).not.toContain('First of all?');

      expect(
        (
          await staff('put', `/api/v1/admin/faq/${added.body.id}`).send({
            question: 'x',
            answer: 'y',
            unknown: 1,
          })
        ).status,
      ).toBe(400);
      expect(
        (await staff('put', `/api/v1/admin/faq/${added.body.id}`).send({ question: '', answer: 'y' })).status,
      ).toBe(400);
      expect(
        (
          await staff('put', `/api/v1/admin/faq/${added.body.id}`).send({
            question: 'x',
            answer: 'y',
            position: -1,
          })
        ).status,
      ).toBe(400);
      expect(
        (
          await staff('put', '/api/v1/admin/faq/00000000-0000-4000-8000-000000000000').send({
            question: 'x',
            answer: 'y',
          })
        ).status,
      ).toBe(404);
      expect(
        (await staff('put', '/api/v1/admin/faq/not-an-id').send({ question: 'x', answer: 'y' })).status,
      ).toBe(404);

      expect((await staff('delete', `/api/v1/admin/faq/${added.body.id}`)).status).toBe(204);
      expect((await staff('delete', `/api/v1/admin/faq/${added.body.id}`)).status).toBe(404);

      const audit = await staff('get', `/api/v1/admin/audit-events?targetId=${added.body.id}`);
      expect(audit.body.items.map((e: { action: string }) => e.action).sort()).toEqual([
        'support.faq-entry-added',
        'support.faq-entry-removed',
        'support.faq-entry-revised',
      ]);
    });

    it('swaps positions when an entry moves onto another', async () => {
      const before = (await staff('get', '/api/v1/admin/faq')).body.items as Array<{
        id: string;
        position: number;
        question: string;
        answer: string;
      }>;
      const [a, b] = before;
      expect(
        (
          await staff('put', `/api/v1/admin/faq/${b.id}`).send({
            question: b.question,
            answer: b.answer,
            position: a.position,
          })
        ).status,
      ).toBe(204);
      const after = (await staff('get', '/api/v1/admin/faq')).body.items as Array<{
        id: string;
        position: number;
      }>;
      expect(after.find((e) => e.id === b.id)!.position).toBe(a.position);
      expect(after.find((e) => e.id === a.id)!.position).toBe(b.position);
    });

    it('renders a script tag and a javascript: link inert, on the public page and in the API', async () => {
      const hostile = {
        question: 'Is this safe?',
        answer:
          'Try <script>alert(1)</script> and [click](javascript:alert(2)) or <img src=x onerror=alert(3)>.',
      };
      const { body } = await staff('post', '/api/v1/admin/faq').send(hostile);
      const api = (await staff('get', '/api/v1/admin/faq')).body.items.find(
        (e: { id: string }) => e.id === body.id,
      );
      expect(api.answerHtml).not.toMatch(/<script|href="javascript:|<img/i);
      const page = await t.http().get('/faq');
      expect(page.text).toContain('Is this safe?');
      expect(page.text).not.toContain('<script>alert(1)</script>');
      expect(page.text).not.toMatch(/href="javascript:/i);
      expect(page.text).not.toContain('<img src=x');
      expect(page.text).toContain('&lt;script&gt;');
    });

    it('replaces the support contact details', async () => {
      const res = await staff('put', '/api/v1/admin/support-contact').send({
        email: 'help@awarding.example',
        telephone: '01632 960000',
        openingHours: '9 to 5',
      });
      expect(res.status).toBe(204);
      expect((await staff('get', '/api/v1/admin/support-contact')).body).toMatchObject({
        email: 'help@awarding.example',
        telephone: '01632 960000',
        notes: null,
      });
      expect((await t.http().get('/support')).text).toContain('help@awarding.example');
      expect((await staff('put', '/api/v1/admin/support-contact').send({ email: 'nope' })).status).toBe(400);
    });
  });

  describe('the pages', () => {
    it('adds an entry from the form, keeps input on an error, and the public FAQ shows it', async () => {
      const agent = t.agent();
      const auth = { Authorization: `Bearer ${actors.staffToken}` };
      const list = await agent.get('/admin/faq').set(auth);
      const bad = await agent
        .post('/admin/faq')
        .set(auth)
        .type('form')
        .send({ _csrf: csrfTokenIn(list.text), question: 'Kept question', answer: '' });
      expect(bad.status).toBe(400);
      expect(bad.text).toContain('Enter the answer.');
      expect(bad.text).toContain('value="Kept question"');
      const ok = await agent
        .post('/admin/faq')
        .set(auth)
        .type('form')
        .send({
          _csrf: csrfTokenIn(list.text),
          question: 'Added from the page?',
          answer: 'Yes.',
          published: 'true',
        });
      expect(ok.status).toBe(303);
      expect((await t.http().get('/faq')).text).toContain('Added from the page?');
    });

    it('saves the support details from the form', async () => {
      const agent = t.agent();
      const auth = { Authorization: `Bearer ${actors.staffToken}` };
      const form = await agent.get('/admin/support').set(auth);
      expect(form.text).toContain('help@awarding.example');
      const saved = await agent
        .post('/admin/support')
        .set(auth)
        .type('form')
        .send({ _csrf: csrfTokenIn(form.text), email: 'desk@awarding.example', notes: 'Call *us*.' });
      expect(saved.status).toBe(303);
      expect((await t.http().get('/support')).text).toContain('desk@awarding.example');
    });
  });
});
