// A request for access answers the same whatever the details, and the asker's list must not tell either
// (finding 11): a request whose candidate number, surname and date of birth match no candidate shows
// the same pending card as one that matched, on the API and on the page, and no candidate sees it.
import { createTestApp, TestApp } from '../support/app';
import {
  createCandidate,
  createThirdParty,
  outboxEmails,
  Party,
  webLogin,
} from '../e2e/sharing/sharing-fixtures';

const API = '/api/v1';

describe('requests for access that match no candidate', () => {
  let t: TestApp;
  let candidate: Party;
  let matched: Party;
  let unmatched: Party;

  beforeAll(async () => {
    t = await createTestApp();
    candidate = await createCandidate(t, '0011001', 'Lovelace');
    matched = await createThirdParty(t, 'hr@matched.example');
    unmatched = await createThirdParty(t, 'hr@unmatched.example');
  }, 60_000);

  afterAll(() => t?.close());

  const ask = (who: Party, surname: string) =>
    t.http().post(`${API}/third-party/connection-requests`).set('Authorization', `Bearer ${who.token}`).send({
      candidateNumber: '0011001',
      surname,
      dateOfBirth: '1990-04-27',
      message: 'Pre-employment check',
    });

  const listOf = async (who: Party) => {
    const res = await t
      .http()
      .get(`${API}/third-party/connections`)
      .set('Authorization', `Bearer ${who.token}`);
    expect(res.status).toBe(200);
    return res.body;
  };

  /** What differs between any two requests whatever they matched: ids, times, the asker's own address. */
  const neutral = (text: string) =>
    text
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'ID')
      .replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g, 'TIME')
      .replace(/name="_csrf" value="[^"]+"/g, 'CSRF')
      .replace(/<meta name="csrf-token" content="[^"]+"/g, 'CSRF')
      .replace(/hr@(un)?matched\.example/g, 'EMAIL');

  it('shows a matched and an unmatched request the same way (API and page)', async () => {
    expect((await ask(matched, 'Lovelace')).status).toBe(202);
    expect((await ask(unmatched, 'Byron')).status).toBe(202);
    // Asking again adds no second card, in either case.
    expect((await ask(matched, 'Lovelace')).status).toBe(202);
    expect((await ask(unmatched, 'Byron')).status).toBe(202);

    const [a, b] = [await listOf(matched), await listOf(unmatched)];
    expect(a.items).toHaveLength(1);
    expect(a.items[0]).toMatchObject({ status: 'requested', candidateNumber: '0011001', candidate: null });
    expect(neutral(JSON.stringify(b))).toBe(neutral(JSON.stringify(a)));

    const pageOf = async (who: Party) => {
      const { agent } = await webLogin(t, who);
      const page = await agent.get('/connections');
      expect(page.status).toBe(200);
      return neutral(page.text);
    };
    const [pageA, pageB] = [await pageOf(matched), await pageOf(unmatched)];
    expect(pageA).toContain('0011001');
    expect(pageB).toBe(pageA);
  }, 60_000);

  it('never shows the unmatched request to the candidate, nor emails anyone about it', async () => {
    const mine = await t
      .http()
      .get(`${API}/me/connections`)
      .set('Authorization', `Bearer ${candidate.token}`);
    expect(mine.status).toBe(200);
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0]).toMatchObject({ email: 'hr@matched.example', status: 'requested' });
    const requests = await outboxEmails(t, 'sharing-request');
    expect(requests).toHaveLength(1);
    expect(requests[0].data.thirdPartyEmail).toBe('hr@matched.example');
  });
});
