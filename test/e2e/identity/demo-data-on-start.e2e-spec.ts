import { DEMO_LOGINS_OUTPUT } from '../../../src/demo-data/demo-data-on-start';
import { createTestApp, TestApp } from '../../support/app';
import { bearerToken, totpCode } from '../../support/identity';

// DEMO_DATA=true on an empty database: the demo accounts exist at start-up, and every start prints the
// logins as a plain block of text (not inside a JSON log line), with a pointer to docs/demo-accounts.md.
describe('demo data at start-up', () => {
  let t: TestApp;
  const printed: string[] = [];
  const capture = { provide: DEMO_LOGINS_OUTPUT, useValue: (text: string) => void printed.push(text) };

  beforeAll(async () => {
    t = await createTestApp({ env: { DEMO_DATA: 'true' }, captureLogs: true, overrides: [capture] });
  });

  afterAll(() => t.close());

  it('prints the demo logins as a plain block, with the fixed staff TOTP secret', () => {
    expect(printed).toHaveLength(1);
    const lines = printed[0].split('\n');
    expect(lines).toContain('  candidate   candidate@example.com / demo candidate passphrase');
    expect(lines).toContain('  staff TOTP secret JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    expect(printed[0]).toContain('docs/demo-accounts.md');
    // The JSON log says where the logins are, and does not carry them.
    const logged = t.logs.map((line) => String(line.msg ?? '')).join('\n');
    expect(logged).toContain('Demo data in use');
    expect(logged).not.toContain('demo candidate passphrase');
  });

  it('prints the logins again on the next start, when the demo data is already there', async () => {
    const again = await createTestApp({
      env: { DEMO_DATA: 'true' },
      database: t.database,
      dataDir: t.dataDir,
      overrides: [capture],
    });
    await again.close();
    expect(printed).toHaveLength(2);
    expect(printed[1]).toContain('Demo data is in use (loaded at an earlier start)');
    expect(printed[1]).toContain('  staff       staff@example.com / demo staff passphrase');
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
