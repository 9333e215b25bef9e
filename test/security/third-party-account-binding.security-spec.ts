// Third-party access follows the account, not the email address (finding 3, docs/adr/0009): a third
// party who changes their login email keeps their connections, and a new account registered later with
// the old address sees nothing of them (list, documents, PDFs, photo, API and pages).
import { FileStorage } from '../../src/shared/application/file-storage';
import { createTestApp, TestApp } from '../support/app';
import { eventually } from '../support/eventually';
import { bearerToken, GOOD_PASSWORD, lastLinkToken, newClientAddress } from '../support/identity';
import {
  createCandidate,
  createThirdParty,
  importAchievements,
  Party,
  run,
  setPassword,
  TEST_PASSWORD,
  webLogin,
} from '../e2e/sharing/sharing-fixtures';

const API = '/api/v1';
const OLD = 'hiring@old-firm.example';
const NEW = 'hiring@new-firm.example';

describe('connections belong to the third-party account', () => {
  let t: TestApp;
  let candidate: Party;
  let employer: Party;
  let certificate: string;
  let connectionId: string;

  beforeAll(async () => {
    t = await createTestApp({ runWorkers: true, env: { TRUST_PROXY: 'true' } });
    candidate = await createCandidate(t, '0009001', 'Hopper');
    certificate = (await importAchievements(t, '0009001', '09009001')).fresh;
    employer = await createThirdParty(t, OLD);
    await setPassword(t, employer.accountId);
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    await t.app.get(FileStorage).put('photos/hopper.png', png, 'image/png');
    await run(t, `UPDATE identity_accounts SET photo_key = 'photos/hopper.png' WHERE id = ?`, [
      candidate.accountId,
    ]);
    const shared = await t
      .http()
      .post(`${API}/me/connections`)
      .set('Authorization', `Bearer ${candidate.token}`)
      .send({
        firstName: 'Ann',
        surname: 'Hiring',
        email: OLD,
        company: 'Old Firm',
        permissions: [{ certificateNumber: certificate, documents: ['ecertificate'] }],
      });
    expect(shared.status).toBe(201);
    const [row] = (await run(t, `SELECT id, third_party_account_id FROM sharing_connections`)) as Array<{
      id: string;
      third_party_account_id: string;
    }>;
    connectionId = row.id;
    expect(row.third_party_account_id).toBe(employer.accountId);
  }, 60_000);

  afterAll(() => t?.close());

  const get = (path: string, token: string) =>
    t.http().get(`${API}${path}`).set('Authorization', `Bearer ${token}`);
  const pdf = `/third-party/connections/CID/documents/CERT/ecertificate.pdf`;
  const paths = () => ({
    documents: `/third-party/connections/${connectionId}/documents`,
    pdf: pdf.replace('CID', connectionId).replace('CERT', certificate),
    photo: `/third-party/connections/${connectionId}/candidate-photo`,
  });

  it('keeps the connections of a third party who changes their login email', async () => {
    const changed = await t
      .http()
      .put(`${API}/me/credentials`)
      .set('Authorization', `Bearer ${employer.token}`)
      .send({ currentPassword: TEST_PASSWORD, newEmail: NEW });
    expect(changed.status).toBe(204);
    const verified = await t
      .http()
      .post(`${API}/email-verifications`)
      .send({ token: await lastLinkToken(t, NEW, 'verifyUrl') });
    expect(verified.status).toBe(204);

    const token = await bearerToken(t, NEW, TEST_PASSWORD);
    const list = await get('/third-party/connections', token);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ id: connectionId, status: 'active', candidate: expect.anything() }),
    ]);
    expect((await get(paths().documents, token)).status).toBe(200);
    expect((await get(paths().pdf, token)).status).toBe(200);
    expect((await get(paths().photo, token)).status).toBe(200);

    // Notices about the connection follow the new address (the candidate sees it too).
    await eventually(async () => {
      const mine = await get('/me/connections', candidate.token);
      return mine.body.items[0]?.email === NEW;
    });
  }, 60_000);

  it('shows a new account registered later with the old address nothing (API and pages)', async () => {
    const registered = await t
      .http()
      .post(`${API}/registrations/third-parties`)
      .set('X-Forwarded-For', newClientAddress())
      .send({ email: OLD, password: GOOD_PASSWORD, firstName: 'Mal', surname: 'Lory', company: 'Squatter' });
    expect(registered.status).toBe(201);
    const verified = await t
      .http()
      .post(`${API}/email-verifications`)
      .send({ token: await lastLinkToken(t, OLD, 'verifyUrl') });
    expect(verified.status).toBe(204);
    const token = await bearerToken(t, OLD, GOOD_PASSWORD);

    const list = await get('/third-party/connections', token);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([]);
    for (const path of Object.values(paths())) expect((await get(path, token)).status).toBe(404);

    const newcomer: Party = { accountId: registered.body.accountId, email: OLD, token };
    const { agent } = await webLogin(t, newcomer);
    const page = await agent.get('/connections');
    expect(page.status).toBe(200);
    expect(page.text).not.toContain('Hopper');
    expect(page.text).not.toContain(connectionId);
    expect((await agent.get(`/connections/${connectionId}`)).status).toBe(404);
    expect(
      (await agent.get(`/connections/${connectionId}/documents/${certificate}/ecertificate`)).status,
    ).toBe(404);
  }, 60_000);
});
