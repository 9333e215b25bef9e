// Test data for the profile specs: an active candidate (with a bearer token) and pictures made by sharp.
import sharp from 'sharp';
import { TestApp } from '../../support/app';
import {
  bearerToken,
  GOOD_PASSWORD,
  importRecords,
  lastLinkToken,
  newClientAddress,
  registration,
} from '../../support/identity';

export interface ActiveCandidate {
  email: string;
  token: string;
  accountId: string;
}

/** An active candidate (matched to a new candidate record, email confirmed) and a bearer token for it. */
export async function activeCandidate(t: TestApp, staffToken: string, n: number): Promise<ActiveCandidate> {
  const email = `profile-${n}@example.test`;
  const details = {
    candidateNumber: `710000${n}`,
    firstName: 'Grace',
    surname: `Hopper${'x'.repeat(n)}`,
    dateOfBirth: '1976-12-09',
  };
  await importRecords(t, staffToken, [details]);
  const res = await t
    .http()
    .post('/api/v1/registrations/candidates')
    .set('X-Forwarded-For', newClientAddress())
    .send(registration({ email, ...details }));
  if (res.status !== 201) throw new Error(`registration failed: ${JSON.stringify(res.body)}`);
  await t
    .http()
    .post('/api/v1/email-verifications')
    .send({ token: await lastLinkToken(t, email, 'verifyUrl') });
  return {
    email,
    token: await bearerToken(t, email, GOOD_PASSWORD),
    accountId: res.body.accountId as string,
  };
}

/** A plain picture carrying an EXIF copyright line (which the stored photo must not keep). */
export function picture(format: 'jpeg' | 'png' | 'webp', width = 800, height = 600): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 20, g: 120, b: 200 } } })
    .withMetadata({ exif: { IFD0: { Copyright: 'Secret Camera Owner' } } })
    .toFormat(format)
    .toBuffer();
}
