// Test data of Achievements: candidates with accounts and tokens, and achievements imported through
// the staff API (the way real ones arrive).
import { TestApp } from '../../support/app';
import {
  bearerToken,
  GOOD_PASSWORD,
  importRecords,
  lastLinkToken,
  newClientAddress,
  registration,
} from '../../support/identity';

export interface Candidate {
  candidateNumber: string;
  email: string;
  token: string;
  accountId: string;
}

let counter = 0;

/** A candidate record, a matching registration (active at once) and a bearer token. */
export async function candidateWithToken(
  t: TestApp,
  staff: string,
  candidateNumber: string,
  firstName = 'Ada',
  surname = 'Lovelace',
): Promise<Candidate> {
  counter += 1;
  const dateOfBirth = `1980-01-${String((counter % 27) + 1).padStart(2, '0')}`;
  await importRecords(t, staff, [{ candidateNumber, firstName, surname, dateOfBirth }]);
  const body = registration({
    candidateNumber,
    firstName,
    surname,
    dateOfBirth,
    email: `c${counter}-${candidateNumber}@example.test`,
  });
  const res = await t
    .http()
    .post('/api/v1/registrations/candidates')
    .set('X-Forwarded-For', newClientAddress())
    .send(body);
  if (res.body.status !== 'active')
    throw new Error(`Registration not active: ${res.status} ${JSON.stringify(res.body)}`);
  const verify = await t
    .http()
    .post('/api/v1/email-verifications')
    .send({ token: await lastLinkToken(t, body.email as string, 'verifyUrl') });
  if (verify.status !== 204)
    throw new Error(`Email verification failed: ${verify.status} ${JSON.stringify(verify.body)}`);
  const token = await bearerToken(t, body.email as string, GOOD_PASSWORD);
  return { candidateNumber, email: body.email as string, token, accountId: res.body.accountId as string };
}

export function achievement(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    certificateNumber: '01702345-01-K7PD',
    kind: 'qualification',
    title: 'Level 3 Diploma in Light Vehicle Maintenance and Repair Principles',
    qualificationNumber: '600/6553/2',
    candidateNumber: '7000001',
    fullName: 'Ada Lovelace',
    grade: 'Merit',
    issueDate: '2018-03-14',
    centre: 'Northgate Training Centre',
    units: [
      {
        unitNumber: 'H/601/6431',
        title: 'Health, safety and good housekeeping',
        level: '3',
        credit: 2,
        grade: 'Pass',
      },
      {
        unitNumber: 'A/601/6435',
        title: 'Light vehicle chassis system units',
        level: '3',
        credit: 9,
        grade: 'Distinction',
      },
    ],
    ...overrides,
  };
}

export async function importAchievements(
  t: TestApp,
  staff: string,
  achievements: object[],
): Promise<Record<string, unknown>> {
  const res = await t
    .http()
    .post('/api/v1/admin/achievements/imports')
    .set('Authorization', `Bearer ${staff}`)
    .send(achievements);
  if (res.status !== 200) throw new Error(`Import failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
