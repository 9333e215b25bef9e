// Integration events between contexts (ADR 0019): Identity publishes versioned facts through the
// outbox, and Sharing handles them in jobs after Identity's commit, idempotently.
import { JobWorker } from '../../../src/shared/infrastructure/queue/job-worker';
import { createTestApp, TestApp } from '../../support/app';
import { eventually } from '../../support/eventually';
import { lastLinkToken } from '../../support/identity';
import { picture } from '../identity/profile-fixtures';
import {
  createCandidate,
  importAchievements,
  Party,
  run,
  setPassword,
  TEST_PASSWORD,
} from './sharing-fixtures';

const API = '/api/v1';
const bearer = (party: Party) => ({ Authorization: `Bearer ${party.token}` });

interface Delivery {
  id: string;
  payload: { subscriber: string; event: string; version: number; payload: Record<string, unknown> };
}

describe('Integration events: Identity -> Sharing', () => {
  let t: TestApp;
  let candidate: Party;
  let docs: { fresh: string };

  beforeAll(async () => {
    t = await createTestApp({ runWorkers: true });
    candidate = await createCandidate(t, '00071010', 'Eichen', 'sam@candidates.example');
    await setPassword(t, candidate.accountId);
    docs = await importAchievements(t, '00071010', '01736756');
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  const deliveries = async (subscriber: string) =>
    (
      (await run(
        t,
        `SELECT id, payload FROM outbox WHERE topic = 'integration-event.deliver' ORDER BY created_at`,
      )) as Delivery[]
    ).filter((row) => row.payload.subscriber === subscriber);

  const connectionOf = async (email: string) =>
    (
      (await run(
        t,
        'SELECT status, third_party_account_id, candidate_email FROM sharing_connections WHERE third_party_email = ?',
        [email],
      )) as Array<{ status: string; third_party_account_id: string | null; candidate_email: string }>
    )[0];

  it('brings an invitation into force once the invited third party verifies that address, and a repeated delivery changes nothing', async () => {
    const email = 'hr@northfield.example';
    const invite = await t
      .http()
      .post(`${API}/me/connections`)
      .set(bearer(candidate))
      .send({
        firstName: 'Ann',
        surname: 'Hiring',
        email,
        company: 'Northfield Motors',
        permissions: [{ certificateNumber: docs.fresh, documents: ['ecertificate'] }],
      });
    expect(invite.status).toBe(201);
    expect(invite.body.status).toBe('invited');

    const registered = await t.http().post(`${API}/registrations/third-parties`).send({
      email,
      password: TEST_PASSWORD,
      firstName: 'Ann',
      surname: 'Hiring',
      company: 'Northfield Motors',
    });
    expect(registered.status).toBe(201);
    const verified = await t
      .http()
      .post(`${API}/email-verifications`)
      .send({ token: await lastLinkToken(t, email, 'verifyUrl') });
    expect(verified.status).toBe(204);

    const [delivery] = await eventually(async () => {
      const rows = await deliveries('sharing.activate-invitations');
      return rows.length > 0 && rows;
    });
    expect(delivery.payload).toMatchObject({
      event: 'identity.email-verified',
      version: 1,
      payload: { accountId: registered.body.accountId, role: 'third_party', email },
    });
    await eventually(async () => (await connectionOf(email)).status === 'active', {
      what: 'the invitation to come into force',
    });
    expect((await connectionOf(email)).third_party_account_id).toBe(registered.body.accountId);

    // A retry after a crash delivers the same envelope again: nothing more happens.
    await t.app
      .get(JobWorker)
      .run({ id: delivery.id, topic: 'integration-event.deliver', payload: delivery.payload }, 2);
    expect(await connectionOf(email)).toMatchObject({
      status: 'active',
      third_party_account_id: registered.body.accountId,
    });
  });

  it("keeps the candidate's current email on their connections, so expiry notices reach it", async () => {
    const changed = await t
      .http()
      .put(`${API}/me/credentials`)
      .set(bearer(candidate))
      .send({ currentPassword: TEST_PASSWORD, newEmail: 'sam.new@candidates.example' });
    expect(changed.status).toBe(204);
    const confirmed = await t
      .http()
      .post(`${API}/email-verifications`)
      .send({ token: await lastLinkToken(t, 'sam.new@candidates.example', 'verifyUrl') });
    expect(confirmed.status).toBe(204);

    await eventually(
      async () =>
        (await connectionOf('hr@northfield.example')).candidate_email === 'sam.new@candidates.example',
      { what: "the connection to follow the candidate's new email" },
    );
  });

  it("keeps the candidate's current name and photo on their connections for the third party's views, and an older change never overwrites a newer one", async () => {
    const profileOf = async (email: string) =>
      (
        (await run(
          t,
          'SELECT candidate_name, candidate_has_photo FROM sharing_connections WHERE third_party_email = ?',
          [email],
        )) as Array<{ candidate_name: string; candidate_has_photo: boolean }>
      )[0];
    expect(await profileOf('hr@northfield.example')).toEqual({
      candidate_name: 'Sam Eichen',
      candidate_has_photo: false,
    });

    const renamed = await t
      .http()
      .patch(`${API}/me/profile`)
      .set(bearer(candidate))
      .send({ firstName: 'Samantha' });
    expect(renamed.status).toBe(200);
    const photo = await t
      .http()
      .put(`${API}/me/photo`)
      .set(bearer(candidate))
      .attach('photo', await picture('png'), 'me.png');
    expect(photo.status).toBe(204);
    await eventually(
      async () => {
        const profile = await profileOf('hr@northfield.example');
        return profile.candidate_name === 'Samantha Eichen' && profile.candidate_has_photo;
      },
      { what: "the connection to follow the candidate's new name and photo" },
    );

    // The rename's delivery again, after the photo's (a retry after a crash): the newer copy stays.
    const [rename] = (await deliveries('sharing.follow-candidate-profile')).filter(
      (row) => row.payload.payload.hasPhoto === false,
    );
    expect(rename.payload).toMatchObject({
      event: 'identity.candidate-profile-changed',
      version: 1,
      payload: { accountId: candidate.accountId, displayName: 'Samantha Eichen', hasPhoto: false },
    });
    await t.app
      .get(JobWorker)
      .run({ id: rename.id, topic: 'integration-event.deliver', payload: rename.payload }, 2);
    expect(await profileOf('hr@northfield.example')).toEqual({
      candidate_name: 'Samantha Eichen',
      candidate_has_photo: true,
    });
  });

  it('writes deliveries only for subscribed events (issued achievements and activated connections have no subscriber yet)', async () => {
    const rows = (await run(
      t,
      `SELECT payload FROM outbox WHERE topic = 'integration-event.deliver'`,
    )) as Delivery[];
    expect(new Set(rows.map((row) => row.payload.subscriber))).toEqual(
      new Set([
        'sharing.activate-invitations',
        'sharing.follow-candidate-email',
        'sharing.follow-candidate-profile',
      ]),
    );
  });
});
