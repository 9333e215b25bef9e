// Who calls the back office in its tests: anonymous, a candidate, a third party, staff who gave only
// their password (no second factor yet), and staff logged in with TOTP.
import request from 'supertest';
import { createTestApp, csrfTokenIn, TestApp } from '../../support/app';
import { createStaff, newClientAddress, STAFF_PASSWORD, staffToken } from '../../support/identity';
import { createCandidate, createThirdParty, Party } from '../sharing/sharing-fixtures';

export type Actor = 'anonymous' | 'candidate' | 'thirdParty' | 'staffWithoutSecondFactor' | 'staff';
export const ACTORS: Actor[] = ['anonymous', 'candidate', 'thirdParty', 'staffWithoutSecondFactor', 'staff'];

/** What a staff page answers each caller: the way to sign in, or "You cannot see this page". */
export const STAFF_PAGE_ANSWERS: Record<Actor, number> = {
  anonymous: 303,
  candidate: 403,
  thirdParty: 403,
  staffWithoutSecondFactor: 303,
  staff: 200,
};

export interface Actors {
  candidate: Party;
  thirdParty: Party;
  staffToken: string;
  /** A cookie session that passed the password step only. */
  halfLoggedIn: request.Agent;
}

export async function createActors(t: TestApp, prefix: string): Promise<Actors> {
  const candidate = await createCandidate(
    t,
    `${prefix}00001`,
    'Holder',
    `${prefix.toLowerCase()}.holder@candidates.example`,
  );
  const thirdParty = await createThirdParty(t, `${prefix.toLowerCase()}.employer@employers.example`);
  const token = await staffToken(t, `${prefix.toLowerCase()}.staff@example.test`);
  await createStaff(t, `${prefix.toLowerCase()}.half@example.test`);
  const halfLoggedIn = t.agent();
  const login = await halfLoggedIn.get('/login');
  const res = await halfLoggedIn
    .post('/login')
    .set('X-Forwarded-For', newClientAddress())
    .type('form')
    .send({
      _csrf: csrfTokenIn(login.text),
      email: `${prefix.toLowerCase()}.half@example.test`,
      password: STAFF_PASSWORD,
    });
  if (res.headers.location !== '/login/second-factor')
    throw new Error(`Expected the second-factor step, got ${res.status} ${res.headers.location}`);
  return { candidate, thirdParty, staffToken: token, halfLoggedIn };
}

/**
 * The back-office suites' start: an app behind a trusted proxy (each login from an address of its own,
 * so the login limit never trips) and the five callers, their emails and candidate number from `prefix`.
 */
export async function startBackOffice(prefix: string): Promise<{ t: TestApp; actors: Actors }> {
  const t = await createTestApp({ env: { TRUST_PROXY: 'true' } });
  return { t, actors: await createActors(t, prefix) };
}

/** A staff page: its name in the test's title, and its path (read when the test runs). */
export interface StaffPage {
  name: string;
  path: () => string;
}

/**
 * One test per page and caller: staff see the page; a caller not signed in (or past the password only)
 * is sent to sign in; candidates and third parties are told they cannot see it.
 */
export function itShowsOnlyToStaff(scene: () => { t: TestApp; actors: Actors }, pages: StaffPage[]): void {
  for (const page of pages)
    for (const actor of ACTORS) {
      const answer = STAFF_PAGE_ANSWERS[actor];
      it(`GET ${page.name} as ${actor} -> ${answer}`, async () => {
        const { t, actors } = scene();
        const res = await as(t, actors, actor, 'get', page.path());
        expect(res.status).toBe(answer);
        if (answer === 303) expect(res.headers.location).toMatch(/^\/login/);
        if (answer === 403) expect(res.text).toContain('You cannot see this page');
      });
    }
}

/** A request as `actor` (bearer tokens; the half-logged-in staff member uses the session cookie). */
export function as(
  t: TestApp,
  actors: Actors,
  actor: Actor,
  method: 'get' | 'post' | 'put' | 'delete',
  path: string,
): request.Test {
  if (actor === 'staffWithoutSecondFactor') return actors.halfLoggedIn[method](path);
  const req = t.http()[method](path);
  const token =
    actor === 'candidate'
      ? actors.candidate.token
      : actor === 'thirdParty'
        ? actors.thirdParty.token
        : actor === 'staff'
          ? actors.staffToken
          : null;
  return token ? req.set('Authorization', `Bearer ${token}`) : req;
}
