// Staff edit the FAQ and the support contact details (API and pages); the public pages show the result
// with the answer rendered inert: no script, no javascript: link.
import { csrfTokenIn, TestApp } from '../../support/app';
import { ACTORS, Actors, as, STAFF_PAGE_ANSWERS, startBackOffice } from './back-office-fixtures';

describe('FAQ and support content (staff)', () => {
  let t: TestApp;
  let actors: Actors;

  beforeAll(async () => {
    ({ t, actors } = await startBackOffice('FQ'));
  });

  afterAll(() => t.close());

  const staff = (method: 'get' | 'post' | 'put' | 'delete', path: string) =>
    as(t, actors, 'staff', method, path);
  const entry = { question: 'Can I pay by cheque?', answer: 'No: pay **online** by card.' };

  // Who may call the API routes is the authorisation matrix's (test/security); the pages are checked here.
  describe('who may open each page', () => {
    let id: string;
    beforeAll(async () => {
      id = (await staff('post', '/api/v1/admin/faq').send(entry)).body.id;
    });

    const page = STAFF_PAGE_ANSWERS;
    for (const actor of ACTORS) {
      for (const path of ['/admin/faq', '/admin/support']) {
        it(`GET ${path} as ${actor} -> ${page[actor]}`, async () => {
          expect((await as(t, actors, actor, 'get', path)).status).toBe(page[actor]);
        });
      }
      it(`GET /admin/faq/{id} as ${actor} -> ${page[actor]}`, async () => {
        expect((await as(t, actors, actor, 'get', `/admin/faq/${id}`)).status).toBe(page[actor]);
      });
      if (actor === 'staff') continue;
      it(`POST /admin/faq and /admin/faq/{id} as ${actor} are refused and change nothing`, async () => {
        const before = (await staff('get', '/api/v1/admin/faq')).body.items;
        for (const path of ['/admin/faq', `/admin/faq/${id}`]) {
          const res = await as(t, actors, actor, 'post', path)
            .type('form')
            .send({ ...entry, question: 'Changed?' });
          expect([303, 401, 403]).toContain(res.status);
        }
        expect((await staff('get', '/api/v1/admin/faq')).body.items).toEqual(before);
        expect(before).toContainEqual(expect.objectContaining({ id, ...entry }));
      });
    }
  });

  describe('the API', () => {
    // The rules (positions, swaps, the audit trail, refusals) are the handlers' unit specs: this is the route.
    it('adds, revises and removes an entry; an unpublished one leaves the public FAQ', async () => {
      const added = await staff('post', '/api/v1/admin/faq').send({ question: 'First?', answer: 'Yes.' });
      expect(added.status).toBe(201);
      const revised = await staff('put', `/api/v1/admin/faq/${added.body.id}`).send({
        question: 'First of all?',
        answer: 'Yes, *really*.',
        published: false,
      });
      expect(revised.status).toBe(204);
      expect((await t.http().get('/faq')).text).not.toContain('First of all?');
      expect((await staff('delete', `/api/v1/admin/faq/${added.body.id}`)).status).toBe(204);
      expect((await staff('delete', `/api/v1/admin/faq/${added.body.id}`)).status).toBe(404);
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
