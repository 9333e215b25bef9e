// Logged-in cookie sessions for the security suite, made through the real login pages.
import { authenticator } from 'otplib';
import type { TestApp } from '../support/app';
import { csrfTokenIn } from '../support/app';
import { Party, setPassword, TEST_PASSWORD } from '../e2e/sharing/sharing-fixtures';

/** The TOTP secret createStaff of the sharing fixtures gives every staff account. */
const FIXTURE_TOTP_SECRET = 'JBSWY3DPEHPK3PXP';

export interface CookieSession {
  agent: ReturnType<TestApp['agent']>;
  /** A CSRF token bound to this session (fetched afresh: the session may have been renewed). */
  csrf(): Promise<string>;
}

/**
 * Logs in on /login with the password; for staff, `secondFactor` says whether the TOTP step is
 * completed too (without it the session holds only a pending login: password right, code not given).
 */
export async function cookieSession(
  t: TestApp,
  party: Party,
  options: { secondFactor: boolean; totpStepsAhead?: number } = { secondFactor: true },
): Promise<CookieSession> {
  await setPassword(t, party.accountId);
  const agent = t.agent();
  const submit = async (path: string, form: Record<string, string>) => {
    const page = await agent.get(path);
    return agent
      .post(path)
      .type('form')
      .send({ _csrf: csrfTokenIn(page.text) ?? '', ...form });
  };
  const login = await submit('/login', { email: party.email, password: TEST_PASSWORD });
  if (login.status !== 303) throw new Error(`Login failed: ${login.status}`);
  if (login.headers.location === '/login/second-factor' && options.secondFactor) {
    const epoch = Date.now() + (options.totpStepsAhead ?? 0) * 30_000;
    const code = authenticator.clone({ epoch }).generate(FIXTURE_TOTP_SECRET);
    const second = await submit('/login/second-factor', { code });
    if (second.status !== 303) throw new Error(`Second factor refused: ${second.status}`);
  }
  const csrf = async () => (await agent.get('/api/v1/csrf-token')).body.csrfToken as string;
  await csrf();
  return { agent, csrf };
}
