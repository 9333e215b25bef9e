// Candidates cannot make Veri mail strangers without limit (finding 5): 20 invitations a day, then 429
// with Retry-After; the text a candidate typed never reaches a subject line.
import { createTestApp, TestApp } from '../support/app';
import { createCandidate, importAchievements, outboxEmails, Party } from '../e2e/sharing/sharing-fixtures';

describe('invitation cap', () => {
  let t: TestApp;
  let candidate: Party;
  let certificate: string;
  beforeAll(async () => {
    t = await createTestApp();
    candidate = await createCandidate(t, '0005001', 'Spammer');
    certificate = (await importAchievements(t, '0005001', '05005001')).fresh;
  });
  afterAll(() => t.close());

  const invite = (n: number) =>
    t
      .http()
      .post('/api/v1/me/connections')
      .set('Authorization', `Bearer ${candidate.token}`)
      .send({
        firstName: 'Your bank',
        surname: 'Security team',
        email: `stranger-${n}@example.test`,
        company: 'Your account is locked, call 0800 000 000',
        permissions: [{ certificateNumber: certificate, documents: ['ecertificate'] }],
      });

  it('sends 20 invitations a day, then answers 429 with Retry-After and sends nothing', async () => {
    for (let n = 1; n <= 20; n += 1) expect((await invite(n)).status).toBe(201);
    const refused = await invite(21);
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('SHARING.TOO_MANY_INVITATIONS');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    const invitations = await outboxEmails(t, 'sharing-invitation');
    expect(invitations).toHaveLength(20);
    for (const email of invitations) {
      expect(email.subject).not.toMatch(/bank|locked|0800|Spammer/i);
    }
  });
});
