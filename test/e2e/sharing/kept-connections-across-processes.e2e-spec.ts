// Two applications on one database stand for two web processes behind one balancer (ADR 0031): a
// connection the candidate deletes through one stops being shown on the other as soon as the other hears
// the database's notification, though the other kept it; on the process that deleted it, at once.
import { createTestApp, TestApp } from '../../support/app';
import { createTestDatabase, TestDatabase } from '../../support/database';
import { eventually } from '../../support/eventually';
import { statementsDuring } from '../../support/statements';
import { createCandidate, createThirdParty, importAchievements, Party } from './sharing-fixtures';

const bearer = (party: Party) => ({ Authorization: `Bearer ${party.token}` });

describe('kept connections across web processes', () => {
  let database: TestDatabase;
  let first: TestApp;
  let second: TestApp;
  let candidate: Party;
  let employer: Party;
  let certificateNumber: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    [first, second] = [await createTestApp({ database }), await createTestApp({ database })];
    candidate = await createCandidate(first, '00061010', 'Eichen');
    employer = await createThirdParty(first, 'hr@garage.example');
    certificateNumber = (await importAchievements(first, candidate.candidateNumber!, '01626756')).fresh;
  }, 60_000);

  afterAll(async () => {
    await first?.close();
    await second?.close();
    await database?.drop();
  });

  const share = async () =>
    (
      await first
        .http()
        .post('/api/v1/me/connections')
        .set(bearer(candidate))
        .send({
          firstName: 'Ann',
          surname: 'Hiring',
          email: employer.email,
          company: 'Garage Ltd',
          permissions: [{ certificateNumber, documents: ['ecertificate'] }],
        })
    ).body.id as string;
  const documents = (app: TestApp, id: string) =>
    app.http().get(`/api/v1/third-party/connections/${id}/documents`).set(bearer(employer));

  it("reads a third party's connection once: the next views make no statement for it", async () => {
    const id = await share();
    const connectionReads = (text: string) =>
      /FROM sharing_connections WHERE id/.test(text) ? 'connection' : undefined;
    const { statements } = await statementsDuring(async () => {
      for (let view = 0; view < 3; view++) expect((await documents(first, id)).status).toBe(200);
    }, connectionReads);
    expect(statements).toEqual(['connection']);
  });

  it('stops showing a connection on every process once it is deleted on one', async () => {
    const id = await share();
    // Both processes have read (and kept) the connection.
    for (const app of [first, second, first, second]) expect((await documents(app, id)).status).toBe(200);

    const deleted = await first.http().delete(`/api/v1/me/connections/${id}`).set(bearer(candidate));
    expect(deleted.status).toBe(204);
    expect((await documents(first, id)).status).toBe(404);
    await eventually(async () => (await documents(second, id)).status === 404, {
      timeoutMs: 2_000,
      what: 'the other process to stop showing the deleted connection',
    });
    expect((await documents(second, id)).status).toBe(404);
  });
});
