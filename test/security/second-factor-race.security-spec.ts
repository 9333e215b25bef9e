// One TOTP code, one login (finding 4): six logins racing with the same code get one token between them.
import { createTestApp, TestApp } from '../support/app';
import { createStaff, newClientAddress, STAFF_PASSWORD, totpCode } from '../support/identity';

describe('TOTP codes are used once, also under concurrency', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await createStaff(t, 'race.staff@example.test');
  });
  afterAll(() => t.close());

  it('gives exactly one of six concurrent logins with the same code a token', async () => {
    const code = totpCode(undefined, 1);
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        t
          .http()
          .post('/api/v1/auth/token')
          .set('X-Forwarded-For', newClientAddress())
          .send({ email: 'race.staff@example.test', password: STAFF_PASSWORD, totp: code }),
      ),
    );
    const statuses = answers.map((res) => res.status).sort();
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status !== 200).every((status) => status === 401)).toBe(true);
  });
});
