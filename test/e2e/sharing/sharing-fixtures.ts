// Test data for Sharing's e2e and browser tests: candidates linked to their records, third parties and
// staff as active accounts, achievements imported through Achievements' own command, and bearer
// tokens issued through Identity's own command.
import { EntityManager } from '@mikro-orm/postgresql';
import { CommandBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { ImportAchievements } from '../../../src/achievements/application/commands/import-achievements/import-achievements.command';
import { IssueAccessToken } from '../../../src/identity/access/application/commands/issue-access-token/issue-access-token.command';
import { TestApp } from '../../support/app';

export interface Party {
  accountId: string;
  email: string;
  token: string;
  candidateNumber?: string;
}

const SYSTEM = { accountId: null, ip: null };

async function sql(t: TestApp, text: string, params: unknown[] = []): Promise<unknown[]> {
  return t.app.get(EntityManager).fork().getConnection().execute(text, params);
}

export async function issueToken(t: TestApp, accountId: string): Promise<string> {
  const { accessToken } = await t.app.get(CommandBus).execute(new IssueAccessToken(accountId, SYSTEM));
  return accessToken;
}

async function account(
  t: TestApp,
  fields: {
    role: 'candidate' | 'third_party' | 'staff';
    email: string;
    firstName: string;
    surname: string;
    company?: string;
    recordId?: string;
    candidateNumber?: string;
  },
): Promise<string> {
  const id = randomUUID();
  await sql(
    t,
    `INSERT INTO identity_accounts (id, role, status, email, email_verified_at, first_name, surname, company, candidate_record_id, candidate_number,
       totp_secret, sessions_valid_after, activated_at, created_at, updated_at, date_of_birth)
     VALUES (?, ?, 'active', ?, now(), ?, ?, ?, ?, ?, ?, now() - interval '1 day', now(), now(), now(), ?)`,
    [
      id,
      fields.role,
      fields.email,
      fields.firstName,
      fields.surname,
      fields.company ?? null,
      fields.recordId ?? null,
      fields.candidateNumber ?? null,
      fields.role === 'staff' ? 'JBSWY3DPEHPK3PXP' : null,
      fields.role === 'candidate' ? '1990-04-27' : null,
    ],
  );
  return id;
}

/** A candidate with a record (candidate number, surname, date of birth 1990-04-27) and a linked, active account. */
export async function createCandidate(
  t: TestApp,
  candidateNumber: string,
  surname: string,
  email = `${candidateNumber.toLowerCase()}@candidates.example`,
): Promise<Party> {
  const recordId = randomUUID();
  await sql(
    t,
    `INSERT INTO identity_candidate_records (id, candidate_number, first_name, surname, first_name_key, surname_key, date_of_birth)
     VALUES (?, ?, 'Sam', ?, 'sam', ?, '1990-04-27')`,
    [recordId, candidateNumber, surname, surname.toLowerCase().replace(/[^a-z]/g, '')],
  );
  const accountId = await account(t, {
    role: 'candidate',
    email,
    firstName: 'Sam',
    surname,
    recordId,
    candidateNumber,
  });
  return { accountId, email, token: await issueToken(t, accountId), candidateNumber };
}

export async function createThirdParty(t: TestApp, email: string, company = 'Garage Ltd'): Promise<Party> {
  const accountId = await account(t, {
    role: 'third_party',
    email,
    firstName: 'Ann',
    surname: 'Hiring',
    company,
  });
  return { accountId, email, token: await issueToken(t, accountId) };
}

export async function createStaff(t: TestApp, email = 'support@staff.example'): Promise<Party> {
  const accountId = await account(t, { role: 'staff', email, firstName: 'Sue', surname: 'Port' });
  return { accountId, email, token: await issueToken(t, accountId) };
}

/** Achievements of a candidate: `new` (2019, with units), `acc` (accreditation, 2020), `old` (2016). */
export async function importAchievements(
  t: TestApp,
  candidateNumber: string,
  prefix: string,
): Promise<{ fresh: string; accreditation: string; old: string }> {
  const numbers = { fresh: `${prefix}-01-NEW`, accreditation: `${prefix}-02-ACC`, old: `${prefix}-03-OLD` };
  const unit = [{ unitNumber: 'U1', title: 'Health and safety', level: '3', credit: 5, grade: 'Pass' }];
  const rows = [
    {
      certificateNumber: numbers.fresh,
      kind: 'qualification',
      title: 'Level 3 Diploma in Vehicle Maintenance',
      qualificationNumber: '500/9349/6',
      issueDate: '2019-05-01',
      units: unit,
    },
    {
      certificateNumber: numbers.accreditation,
      kind: 'accreditation',
      title: 'Accredited Assessor',
      issueDate: '2020-02-01',
    },
    {
      certificateNumber: numbers.old,
      kind: 'qualification',
      title: 'Level 2 Award in MOT Testing',
      issueDate: '2016-03-01',
      units: unit,
    },
  ].map((fields, index) => ({
    row: index + 1,
    fields: { ...fields, candidateNumber, fullName: 'Sam Candidate', grade: 'Pass', centre: 'Test Centre' },
  }));
  const report = await t.app.get(CommandBus).execute(new ImportAchievements(rows, SYSTEM));
  if (report.rejected.length > 0)
    throw new Error(`Achievements rejected: ${JSON.stringify(report.rejected)}`);
  return numbers;
}

export async function outboxEmails(
  t: TestApp,
  template?: string,
): Promise<Array<{ to: string; subject: string; template: string; data: Record<string, unknown> }>> {
  const rows = (await sql(
    t,
    `SELECT payload FROM outbox WHERE topic = 'email.send' ORDER BY created_at`,
  )) as Array<{ payload: { to: string; subject: string; template: string; data: Record<string, unknown> } }>;
  return rows.map((r) => r.payload).filter((p) => !template || p.template === template);
}

export function run(t: TestApp, text: string, params: unknown[] = []): Promise<unknown[]> {
  return sql(t, text, params);
}

export const TEST_PASSWORD = 'correct horse battery staple 42';

/** Gives an account a password (so it can log in on the web pages). */
export async function setPassword(t: TestApp, accountId: string, password = TEST_PASSWORD): Promise<void> {
  const argon2 = await import('argon2');
  await sql(t, `UPDATE identity_accounts SET password_hash = ? WHERE id = ?`, [
    await argon2.hash(password),
    accountId,
  ]);
}

/** A browser-like session logged in through the login page; `csrfToken` is fresh for the next form. */
export async function webLogin(
  t: TestApp,
  party: Party,
): Promise<{ agent: ReturnType<TestApp['agent']>; csrf: () => Promise<string> }> {
  await setPassword(t, party.accountId);
  const agent = t.agent();
  const page = await agent.get('/login');
  const token = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1];
  const res = await agent
    .post('/login')
    .type('form')
    .send({ _csrf: token, email: party.email, password: TEST_PASSWORD });
  if (res.status !== 303) throw new Error(`Login failed: ${res.status}`);
  const csrf = async () => (await agent.get('/api/v1/csrf-token')).body.csrfToken as string;
  // supertest attaches cookies when a request is created: fetch a token once now so the session's
  // CSRF cookie is already in the jar when a form post is built with \`send({ _csrf: await csrf() })\`.
  await csrf();
  return { agent, csrf };
}
