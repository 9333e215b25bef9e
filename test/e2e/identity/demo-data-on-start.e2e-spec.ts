import { createTestApp, TestApp } from '../../support/app';
import { bearerToken, totpCode } from '../../support/identity';

// DEMO_DATA=true on an empty database: the demo accounts exist at start-up and the logins are printed once.
describe('demo data at start-up', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { DEMO_DATA: 'true' }, captureLogs: true });
  });

  afterAll(() => t.close());

  it('prints the demo logins with the fixed staff TOTP secret', () => {
    const printed = t.logs.map((line) => String(line.msg ?? '')).join('\n');
    expect(printed).toContain('candidate@example.com / demo candidate passphrase');
    expect(printed).toContain('staff TOTP secret JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
  });

  it('lets each demo account log in', async () => {
    const candidate = await bearerToken(t, 'candidate@example.com', 'demo candidate passphrase');
    expect(
      (await t.http().get('/api/v1/me').set('Authorization', `Bearer ${candidate}`)).body.candidateNumber,
    ).toBe('0001010');
    await bearerToken(t, 'employer@example.com', 'demo employer passphrase');
    await bearerToken(
      t,
      'staff@example.com',
      'demo staff passphrase',
      totpCode('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'),
    );
    const pending = await t
      .http()
      .post('/api/v1/auth/token')
      .send({ email: 'pending@example.com', password: 'demo pending passphrase' });
    expect(pending.body.error.code).toBe('IDENTITY.ACCOUNT_PENDING');
  });
});
