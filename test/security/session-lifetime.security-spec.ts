// Sessions end a fixed time after their login, however often they are used (finding 7): 12 hours for
// staff (who then give their second factor again), 30 days for everyone else.
import { Client } from 'pg';
import { createTestApp, TestApp } from '../support/app';
import { createCandidate, createStaff, Party, run, webLogin } from '../e2e/sharing/sharing-fixtures';

const HOUR = 60 * 60 * 1000;

describe('absolute session lifetime', () => {
  let t: TestApp;
  let candidate: Party;
  let staff: Party;
  beforeAll(async () => {
    t = await createTestApp();
    candidate = await createCandidate(t, '0006001', 'Lifetime');
    staff = await createStaff(t, 'lifetime.staff@example.test');
    // No password change in the last two months ends these sessions: only their age does.
    await run(t, `UPDATE identity_accounts SET sessions_valid_after = now() - interval '60 days'`);
  });
  afterAll(() => t.close());

  /** Rewrites the login of every stored session: whose it is and how long ago it began. */
  async function backdate(accountId: string, agoMs: number): Promise<void> {
    const db = new Client({ connectionString: t.database.url });
    await db.connect();
    try {
      await db.query(
        `UPDATE session SET sess = jsonb_set(jsonb_set(sess::jsonb, '{login,accountId}', to_jsonb($1::text)),
           '{login,authenticatedAt}', to_jsonb($2::bigint))::json WHERE sess::jsonb ? 'login'`,
        [accountId, Date.now() - agoMs],
      );
    } finally {
      await db.end();
    }
  }

  async function loggedInAs(agent: Awaited<ReturnType<typeof webLogin>>['agent']): Promise<string | null> {
    const res = await agent.get('/api/v1/me');
    return res.status === 200 ? (res.body.id ?? res.body.accountId ?? 'someone') : null;
  }

  it('keeps a candidate session for 30 days after login, not longer', async () => {
    const { agent } = await webLogin(t, candidate);
    await backdate(candidate.accountId, 29 * 24 * HOUR);
    expect(await loggedInAs(agent)).not.toBeNull();
    await backdate(candidate.accountId, 31 * 24 * HOUR);
    expect(await loggedInAs(agent)).toBeNull();
  });

  it('keeps a staff session for 12 hours after login, then asks for the login again', async () => {
    const { agent } = await webLogin(t, candidate);
    await backdate(staff.accountId, 11 * HOUR);
    expect(await loggedInAs(agent)).not.toBeNull();
    await backdate(staff.accountId, 13 * HOUR);
    expect(await loggedInAs(agent)).toBeNull();
    const page = await agent.get('/admin');
    expect([302, 303]).toContain(page.status);
    expect(page.headers.location).toMatch(/login/);
  });
});
