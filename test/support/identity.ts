// Object mothers and helpers for Identity's tests: staff with a known TOTP secret, bearer tokens,
// candidate records, and the emails a command queued (read from the outbox, where they wait for the relay).
import { MikroORM, RequestContext } from '@mikro-orm/core';
import { CommandBus } from '@nestjs/cqrs';
import { authenticator } from 'otplib';
import { Client } from 'pg';
import { PASSWORD_RESET_TOPIC } from '../../src/identity/access/application/commands/request-password-reset/request-password-reset.command';
import { CreateStaffAccount } from '../../src/identity/identity.public';
import { JobWorker } from '../../src/shared/infrastructure/queue/job-worker';
import { TestApp } from './app';

export const STAFF_TOTP_SECRET = 'KRUGKIDROVUWG2ZAMJZG653OEBTG66BA';
export const STAFF_PASSWORD = 'staff test passphrase';

/** A password that passes the policy (15+ characters, not a common one). */
export const GOOD_PASSWORD = 'a long unusual passphrase 42';

/** A different client address for each call, so the per-address throttles of one test do not touch another's. */
let nextAddress = 1;
export function newClientAddress(): string {
  nextAddress += 1;
  return `198.51.100.${nextAddress % 250}`;
}

/** Runs a command as the command line would (outside any HTTP request). */
export async function runCommand<T>(t: TestApp, command: object): Promise<T> {
  return RequestContext.create(t.app.get(MikroORM).em, () =>
    t.app.get(CommandBus).execute(command as never),
  ) as Promise<T>;
}

export async function createStaff(
  t: TestApp,
  email = 'staff@example.test',
  secret = STAFF_TOTP_SECRET,
): Promise<string> {
  const result = await runCommand<{ accountId: string }>(
    t,
    new CreateStaffAccount(
      { email, firstName: 'Sam', surname: 'Staff', password: STAFF_PASSWORD, totpSecret: secret },
      { accountId: null, ip: null },
    ),
  );
  return result.accountId;
}

/** A TOTP code `stepsAhead` time steps from now (the server accepts one step of drift; each code only once). */
export function totpCode(secret = STAFF_TOTP_SECRET, stepsAhead = 0): string {
  return authenticator.clone({ epoch: Date.now() + stepsAhead * 30_000 }).generate(secret);
}

export async function bearerToken(
  t: TestApp,
  email: string,
  password: string,
  totp?: string,
): Promise<string> {
  const res = await t
    .http()
    .post('/api/v1/auth/token')
    .set('X-Forwarded-For', newClientAddress())
    .send({ email, password, ...(totp ? { totp } : {}) });
  if (res.status !== 200)
    throw new Error(`Login of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.accessToken as string;
}

/** A staff account and its bearer token (one login per call: the TOTP code is used up). */
export async function staffToken(t: TestApp, email = 'staff@example.test'): Promise<string> {
  await createStaff(t, email);
  return bearerToken(t, email, STAFF_PASSWORD, totpCode());
}

export async function importRecords(
  t: TestApp,
  token: string,
  records: object[],
): Promise<Record<string, unknown>> {
  const res = await t
    .http()
    .post('/api/v1/admin/candidate-records/imports')
    .set('Authorization', `Bearer ${token}`)
    .send(records);
  if (res.status !== 200) throw new Error(`Import failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export interface QueuedEmail {
  to: string;
  subject: string;
  template: string;
  data: Record<string, unknown>;
}

/**
 * Password-reset requests only queue a job (the link is issued after the answer, so timing tells
 * nothing). Without workers, run those jobs here, once each, as the worker would.
 */
export async function runPasswordResetJobs(t: TestApp): Promise<void> {
  if (t.config.runWorkers) return;
  const pending = await withDatabase(t, async (client) => {
    const { rows } = await client.query<{ id: string; payload: Record<string, unknown> }>(
      `SELECT id, payload FROM outbox WHERE topic = $1 AND completed_at IS NULL AND failed_at IS NULL
        ORDER BY created_at, id`,
      [PASSWORD_RESET_TOPIC],
    );
    return rows;
  });
  for (const row of pending)
    await t.app.get(JobWorker).run({ id: row.id, topic: PASSWORD_RESET_TOPIC, payload: row.payload }, 1);
}

/** Emails queued for `to` (oldest first), straight from the outbox (reset links issued first). */
export async function queuedEmails(t: TestApp, to?: string): Promise<QueuedEmail[]> {
  await runPasswordResetJobs(t);
  return withDatabase(t, async (client) => {
    const { rows } = await client.query<{ payload: QueuedEmail }>(
      `SELECT payload FROM outbox WHERE topic = 'email.send' ORDER BY created_at, id`,
    );
    return rows.map((row) => row.payload).filter((email) => !to || email.to === to);
  });
}

/** The token in the last link of this kind emailed to `to`. */
export async function lastLinkToken(
  t: TestApp,
  to: string,
  field: 'verifyUrl' | 'resetUrl' | 'setPasswordUrl',
): Promise<string> {
  const emails = (await queuedEmails(t, to)).filter((email) => typeof email.data[field] === 'string');
  const url = emails.at(-1)?.data[field] as string | undefined;
  if (!url) throw new Error(`No ${field} emailed to ${to}`);
  return new URL(url).searchParams.get('token')!;
}

export async function withDatabase<T>(t: TestApp, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: t.database.url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function registration(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    email: `candidate-${Math.random().toString(36).slice(2, 10)}@example.test`,
    password: GOOD_PASSWORD,
    candidateNumber: 'NA',
    firstName: 'Ada',
    surname: 'Lovelace',
    dateOfBirth: '1990-12-10',
    ...overrides,
  };
}
