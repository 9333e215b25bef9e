// The Connections pages over HTTP with real sessions: the candidate's list (with paging), Add
// Connection with the permissions table, Extend, Permission, Delete with its confirmation, and the
// third party's list, document cards and PDF downloads.
import { createTestApp, TestApp } from '../../support/app';
import {
  createCandidate,
  createThirdParty,
  importAchievements,
  Party,
  run,
  webLogin,
} from './sharing-fixtures';

describe('Connection pages', () => {
  let t: TestApp;
  let candidate: Party;
  let employer: Party;
  let docs: { fresh: string; accreditation: string; old: string };

  beforeAll(async () => {
    t = await createTestApp();
    candidate = await createCandidate(t, '00061010', 'Eichen');
    employer = await createThirdParty(t, 'hr@garage.example');
    docs = await importAchievements(t, '00061010', '01626756');
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  it('lets a candidate add, extend, change and delete a connection through the pages', async () => {
    const { agent, csrf } = await webLogin(t, candidate);
    const empty = await agent.get('/connections');
    expect(empty.status).toBe(200);
    expect(empty.text).toContain('Add Connection');

    const form = await agent.get(`/connections/new?certificate=${docs.fresh}`);
    expect(form.status).toBe(200);
    expect(form.text).toMatch(new RegExp(`value="${docs.fresh}:ecertificate"[^>]*checked`));
    expect(form.text).toMatch(new RegExp(`value="${docs.old}:ecertificate"[^>]*disabled`));
    expect(form.text).toMatch(new RegExp(`value="${docs.accreditation}:etranscript"[^>]*disabled`));
    expect(form.text).toContain('on or after 1 November 2017');

    const missing = await agent
      .post('/connections')
      .type('form')
      .send({ _csrf: await csrf(), firstName: '', surname: 'Hiring', email: 'bad', company: 'Garage Ltd' });
    expect(missing.status).toBe(400);
    expect(missing.text).toContain('There is a problem');
    expect(missing.text).toContain('Enter the first name');
    expect(missing.text).toContain('Choose at least one document to share');

    const past = await agent
      .post('/connections')
      .type('form')
      .send({
        _csrf: await csrf(),
        firstName: 'Ann',
        surname: 'Hiring',
        email: employer.email,
        company: 'Garage Ltd',
        'expiresAt-day': '1',
        'expiresAt-month': '1',
        'expiresAt-year': '2020',
        documents: `${docs.fresh}:ecertificate`,
      });
    expect(past.status).toBe(422);
    expect(past.text).toContain('Enter an expiry date in the future');

    const added = await agent
      .post('/connections')
      .type('form')
      .send({
        _csrf: await csrf(),
        firstName: 'Ann',
        surname: 'Hiring',
        email: employer.email,
        company: 'Garage Ltd',
        documents: [`${docs.fresh}:ecertificate`, `${docs.fresh}:etranscript`],
      });
    expect(added.status).toBe(303);
    const list = await agent.get('/connections?added=1');
    expect(list.text).toContain('Connection saved');
    expect(list.text).toContain('Page 1 of 1');
    expect(list.text).toMatch(/Found total 1 record/);
    expect(list.text).toContain('hr@garage.example');
    const id = /\/connections\/([0-9a-f-]{36})\/delete/.exec(list.text)![1];

    const extended = await agent
      .post(`/connections/${id}/expiry`)
      .type('form')
      .send({
        _csrf: await csrf(),
        'expiresAt-day': '31',
        'expiresAt-month': '12',
        'expiresAt-year': '2099',
      });
    expect(extended.status).toBe(303);
    const detail = await agent.get(`/connections/${id}`);
    expect(detail.text).toContain('31 December 2099');

    const changed = await agent
      .post(`/connections/${id}/permissions`)
      .type('form')
      .send({ _csrf: await csrf(), documents: `${docs.accreditation}:ecertificate` });
    expect(changed.status).toBe(303);
    expect((await agent.get(`/connections/${id}`)).text).toMatch(
      new RegExp(`value="${docs.accreditation}:ecertificate"[^>]*checked`),
    );

    const confirm = await agent.get(`/connections/${id}/delete`);
    expect(confirm.text).toContain('Delete this connection?');
    const deleted = await agent
      .post(`/connections/${id}/delete`)
      .type('form')
      .send({ _csrf: await csrf() });
    expect(deleted.status).toBe(303);
    expect((await agent.get('/connections?deleted=1')).text).toContain('Deleted');
  }, 60_000);

  it("shows the third party its connection, the candidate's documents and the PDF, and the candidate the access log", async () => {
    const { agent: candidateAgent, csrf } = await webLogin(t, candidate);
    const added = await candidateAgent
      .post('/connections')
      .type('form')
      .send({
        _csrf: await csrf(),
        firstName: 'Ann',
        surname: 'Hiring',
        email: employer.email,
        company: 'Garage Ltd',
        documents: `${docs.fresh}:ecertificate`,
      });
    expect(added.status).toBe(303);

    const { agent } = await webLogin(t, employer);
    const list = await agent.get('/connections');
    expect(list.status).toBe(200);
    expect(list.text).toContain('Sam Eichen');
    const id = /href="\/connections\/([0-9a-f-]{36})"/.exec(list.text)![1];
    const cards = await agent.get(`/connections/${id}`);
    expect(cards.status).toBe(200);
    expect(cards.text).toContain(docs.fresh);
    expect(cards.text).not.toContain(docs.accreditation);
    const pdf = await agent.get(`/connections/${id}/documents/${docs.fresh}/ecertificate.pdf`).buffer(true);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((await agent.get(`/connections/${id}/documents/${docs.fresh}/etranscript.pdf`)).status).toBe(404);

    const log = await candidateAgent.get(`/connections/${id}`);
    expect(log.text).toContain('Downloaded the eCertificate of');
    expect(log.text).toContain('Viewed your shared documents');

    // Times are the UK's, as on every other page: a summer view shows British Summer Time.
    await run(
      t,
      `UPDATE sharing_access_log SET occurred_at = '2026-07-01T12:30:00Z' WHERE connection_id = ?`,
      [id],
    );
    expect((await candidateAgent.get(`/connections/${id}`)).text).toContain(
      '<time datetime="2026-07-01T12:30:00.000Z">1 July 2026, 13:30</time>',
    );
  }, 60_000);

  it('lets a third party request a connection through the page, with the same answer whoever it names', async () => {
    const { agent, csrf } = await webLogin(t, employer);
    const requestPage = await agent.get('/connections/request');
    expect(requestPage.status).toBe(200);
    const send = async (candidateNumber: string) =>
      agent
        .post('/connections/request')
        .type('form')
        .send({
          _csrf: await csrf(),
          candidateNumber,
          surname: 'Nobody',
          'dateOfBirth-day': '1',
          'dateOfBirth-month': '1',
          'dateOfBirth-year': '1980',
        });
    const a = await send('00061010');
    const b = await send('99999999');
    expect([a.status, b.status]).toEqual([303, 303]);
    expect(a.headers.location).toBe(b.headers.location);
    expect((await send('')).status).toBe(303 - 303 + 400);
  });
  it('lets the candidate approve one request and decline another on the connection page', async () => {
    const other = await createThirdParty(t, 'jobs@rival.example', 'Rival Ltd');
    const ask = (who: Party) =>
      t
        .http()
        .post('/api/v1/third-party/connection-requests')
        .set('Authorization', `Bearer ${who.token}`)
        .send({ candidateNumber: '00061010', surname: 'Eichen', dateOfBirth: '1990-04-27' });
    await run(
      t,
      `UPDATE sharing_connections SET status = 'deleted', ended_at = now() WHERE status IN ('invited', 'active', 'requested')`,
    );
    expect((await ask(employer)).status).toBe(202);
    expect((await ask(other)).status).toBe(202);
    const { agent, csrf } = await webLogin(t, candidate);
    const list = await agent.get('/connections');
    expect(list.text).toContain('Awaiting your approval');
    const ids = [...list.text.matchAll(/href="\/connections\/([0-9a-f-]{36})#approve"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);

    const page = await agent.get(`/connections/${ids[0]}`);
    expect(page.text).toContain('Approve or decline this request');
    const none = await agent
      .post(`/connections/${ids[0]}/approval`)
      .type('form')
      .send({ _csrf: await csrf() });
    expect(none.status).toBe(400);
    expect(none.text).toContain('Choose at least one document to share');
    const approved = await agent
      .post(`/connections/${ids[0]}/approval`)
      .type('form')
      .send({ _csrf: await csrf(), documents: `${docs.fresh}:ecertificate` });
    expect(approved.status).toBe(303);
    expect(approved.headers.location).toBe(`/connections/${ids[0]}?updated=approved`);
    expect((await agent.get(approved.headers.location)).text).toContain('Request approved');
    const declined = await agent
      .post(`/connections/${ids[1]}/decline`)
      .type('form')
      .send({ _csrf: await csrf() });
    expect(declined.status).toBe(303);
    const after = (await agent.get('/connections')).text;
    expect(after).toContain('Active');
    expect(after).toContain('Declined');
  }, 60_000);
});
