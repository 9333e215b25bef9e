// A connection that shares no document is refused over the API as on the pages: 400 with a code and a
// message that says what to do (ending the sharing is what DELETE is for).
import { createTestApp, TestApp } from '../../support/app';
import { createCandidate, importAchievements } from './sharing-fixtures';

describe('connections with no document (e2e)', () => {
  let t: TestApp;
  let bearer: string;
  let certificateNumber: string;

  beforeAll(async () => {
    t = await createTestApp();
    const candidate = await createCandidate(t, '00071011', 'Eichen');
    bearer = `Bearer ${candidate.token}`;
    certificateNumber = (await importAchievements(t, '00071011', '01727757')).fresh;
  });

  afterAll(() => t?.close());

  const share = (permissions: unknown[]) =>
    t.http().post('/api/v1/me/connections').set('Authorization', bearer).send({
      firstName: 'Gail',
      surname: 'Garage',
      email: 'gail@westgate.example',
      company: 'Westgate Garage',
      permissions,
    });

  it('refuses to share nothing, and to change a connection to nothing', async () => {
    const none = await share([]).expect(400);
    expect(none.body.error).toMatchObject({
      code: 'SHARING.NO_DOCUMENT_CHOSEN',
      message: 'Choose at least one document to share.',
    });
    await share([{ certificateNumber, documents: [] }]).expect(400);

    const made = await share([{ certificateNumber, documents: ['ecertificate'] }]).expect(201);
    const emptied = await t
      .http()
      .put(`/api/v1/me/connections/${made.body.id}/permissions`)
      .set('Authorization', bearer)
      .send({ permissions: [] })
      .expect(400);
    expect(emptied.body.error).toMatchObject({
      code: 'SHARING.NO_DOCUMENT_CHOSEN',
      message:
        'A connection must share at least one document. To stop sharing altogether, delete the connection.',
    });
    const kept = await t
      .http()
      .get(`/api/v1/me/connections/${made.body.id}`)
      .set('Authorization', bearer)
      .expect(200);
    expect(kept.body.permissions).toEqual([{ certificateNumber, documents: ['ecertificate'] }]);
  });
});
