// The Records page: upload candidate-record and achievement CSV files, read the report (rejected rows
// with reasons, downloadable as CSV) and the history of imports.
import { csrfTokenIn, TestApp } from '../../support/app';
import { ACTORS, Actors, as, STAFF_PAGE_ANSWERS, startBackOffice } from './back-office-fixtures';

describe('Records (staff)', () => {
  let t: TestApp;
  let actors: Actors;

  beforeAll(async () => {
    ({ t, actors } = await startBackOffice('RC'));
  });

  afterAll(() => t.close());

  const auth = () => ({ Authorization: `Bearer ${actors.staffToken}` });

  async function upload(kind: string, name: string, csv: string) {
    const agent = t.agent();
    const page = await agent.get('/admin/records').set(auth());
    const token = csrfTokenIn(page.text)!;
    return agent
      .post(`/admin/records?_csrf=${encodeURIComponent(token)}`)
      .set(auth())
      .field('kind', kind)
      .attach('file', Buffer.from(csv), name);
  }

  describe('who may open it', () => {
    const page = STAFF_PAGE_ANSWERS;
    for (const actor of ACTORS) {
      it(`GET /admin/records as ${actor} -> ${page[actor]}`, async () => {
        expect((await as(t, actors, actor, 'get', '/admin/records')).status).toBe(page[actor]);
      });
      if (actor === 'staff') continue;
      it(`POST /admin/records as ${actor} is refused`, async () => {
        const res = await as(t, actors, actor, 'post', '/admin/records')
          .field('kind', 'candidate-records')
          .attach('file', Buffer.from('a,b\n1,2'), 'x.csv');
        expect([303, 401, 403]).toContain(res.status);
      });
    }
  });

  it('imports candidate records with a bad row, shows the report and lists it in the history', async () => {
    const csv = [
      'candidateNumber,firstName,surname,dateOfBirth,email,telephone',
      '8800001,Grace,Hopper,1906-12-09,,',
      '8800002,Bad,Date,not-a-date,,',
    ].join('\n');
    const res = await upload('candidate-records', 'records.csv', csv);
    expect(res.status).toBe(303);
    const report = await t.http().get(res.headers.location).set(auth());
    expect(report.status).toBe(200);
    expect(report.text).toContain('1 added, 0 updated, 0 unchanged, 1 rejected');
    expect(report.text).toMatch(/<td data-label="Row">2<\/td>/);
    const csvReport = await t.http().get(`${res.headers.location}/rejected.csv`).set(auth());
    expect(csvReport.headers['content-type']).toMatch(/^text\/csv/);
    expect(csvReport.headers['content-disposition']).toMatch(/attachment/);
    expect(csvReport.text.split('\r\n')[0]).toBe('row,reason');
    expect(csvReport.text).toMatch(/^2,/m);
    const history = await t.http().get('/admin/records').set(auth());
    expect(history.text).toContain('records.csv');
    expect(history.text).toContain('Candidate records');
  });

  // What the form needs and what the file may hold are the form's and the handler's unit specs.
  it('shows an unreadable file back on the page, and answers 404 for a report that is not there', async () => {
    const unreadable = await upload('candidate-records', 'x.csv', 'number,name\n1,a');
    expect(unreadable.status).toBe(400);
    expect(unreadable.text).toContain('There is a problem');
    expect(
      (await t.http().get('/admin/records/00000000-0000-4000-8000-000000000000').set(auth())).status,
    ).toBe(404);
    expect((await t.http().get('/admin/records/nope/rejected.csv').set(auth())).status).toBe(404);
  });
});
