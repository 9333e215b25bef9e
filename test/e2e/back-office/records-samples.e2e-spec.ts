// The Records page explains the columns of both kinds of upload and offers a sample file of each; the
// samples import as they are, through the same upload form, with no row rejected.
import { csrfTokenIn, TestApp } from '../../support/app';
import { Actors, startBackOffice } from './back-office-fixtures';

describe('Records sample files (staff)', () => {
  let t: TestApp;
  let actors: Actors;

  beforeAll(async () => {
    ({ t, actors } = await startBackOffice('RS'));
  });

  afterAll(() => t.close());

  const auth = () => ({ Authorization: `Bearer ${actors.staffToken}` });

  async function downloadSample(kind: string) {
    const res = await t.http().get(`/admin/records/samples/${kind}.csv`).set(auth());
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="sample-[a-z-]+\.csv"$/);
    return res.text;
  }

  async function uploadAndReadReport(kind: string, csv: string) {
    const agent = t.agent();
    const page = await agent.get('/admin/records').set(auth());
    const token = csrfTokenIn(page.text)!;
    const res = await agent
      .post(`/admin/records?_csrf=${encodeURIComponent(token)}`)
      .set(auth())
      .field('kind', kind)
      .attach('file', Buffer.from(csv), `${kind}.csv`);
    expect(res.status).toBe(303);
    return (await t.http().get(res.headers.location).set(auth())).text;
  }

  it('lists the columns of both kinds of file and links to their samples', async () => {
    const page = await t.http().get('/admin/records').set(auth());
    expect(page.status).toBe(200);
    for (const column of [
      'candidateNumber',
      'dateOfBirth',
      'telephone',
      'certificateNumber',
      'issueDate',
      'units',
    ])
      expect(page.text).toContain(`<span class="reference">${column}</span>`);
    expect(page.text).toContain('YYYY-MM-DD or DD/MM/YYYY');
    expect(page.text).toMatch(/<td data-label="Required">Optional<\/td>/);
    expect(page.text).toContain('href="/admin/records/samples/candidate-records.csv"');
    expect(page.text).toContain('href="/admin/records/samples/achievements.csv"');
  });

  it('imports each sample as it is, with no row rejected', async () => {
    // Candidate records first: an achievement needs its candidate's record.
    const records = await downloadSample('candidate-records');
    expect(records.split('\r\n')[0]).toBe('candidateNumber,firstName,surname,dateOfBirth,email,telephone');
    const recordsReport = await uploadAndReadReport('candidate-records', records);
    expect(recordsReport).toMatch(/1 added, 0 updated, 0 unchanged, 0 rejected/);

    const achievements = await downloadSample('achievements');
    const achievementsReport = await uploadAndReadReport('achievements', achievements);
    expect(achievementsReport).toContain('Achievements: 1 added');
    expect(achievementsReport).toContain('0 rejected');
  });

  it('has no sample of another kind', async () => {
    expect((await t.http().get('/admin/records/samples/other.csv').set(auth())).status).toBe(404);
  });
});
