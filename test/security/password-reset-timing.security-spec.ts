// A password-reset request does the same work whether or not the address has an account (finding 12):
// the answer comes after the same SQL statements in both cases, and the link is issued afterwards by a
// job. Checked by structure, not by timing (timing on a shared machine is noise).
import { statementsDuring } from '../support/statements';
import { createTestApp, TestApp } from '../support/app';
import {
  importRecords,
  lastLinkToken,
  newClientAddress,
  queuedEmails,
  registration,
  staffToken,
} from '../support/identity';

describe('password-reset requests', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY: 'true' } });
    await importRecords(t, await staffToken(t), [
      { candidateNumber: '0012001', firstName: 'Alan', surname: 'Turing', dateOfBirth: '1912-06-23' },
    ]);
    const registered = await t
      .http()
      .post('/api/v1/registrations/candidates')
      .set('X-Forwarded-For', newClientAddress())
      .send(
        registration({
          email: 'alan@example.test',
          candidateNumber: '0012001',
          firstName: 'Alan',
          surname: 'Turing',
          dateOfBirth: '1912-06-23',
        }),
      );
    expect(registered.status).toBe(201);
  });

  afterAll(() => t?.close());

  /** The SQL statements run between the request and its answer. */
  async function statementsOf(email: string): Promise<string[]> {
    const { statements, result } = await statementsDuring(
      () =>
        t.http().post('/api/v1/password-resets').set('X-Forwarded-For', newClientAddress()).send({ email }),
      // The statement's shape: literals (ids, the address, times) differ from one request to the next.
      (text) =>
        text
          .replace(/'(?:[^']|'')*'/g, '?')
          .replace(/\s+/g, ' ')
          .trim(),
    );
    expect(result.status).toBe(202);
    return statements;
  }

  it('runs the same statements before answering for an existing and an unknown address', async () => {
    const existing = await statementsOf('alan@example.test');
    const unknown = await statementsOf('nobody-here@example.test');
    expect(existing.length).toBeGreaterThan(0);
    expect(existing).toEqual(unknown);
    // Nothing before the answer looks the account up.
    expect(existing.join('\n')).not.toMatch(/identity_accounts/);
  });

  it('still emails the reset link to the existing address, and nothing to the unknown one', async () => {
    const token = await lastLinkToken(t, 'alan@example.test', 'resetUrl');
    expect(token).toEqual(expect.any(String));
    expect(await queuedEmails(t, 'nobody-here@example.test')).toEqual([]);
    const confirmed = await t
      .http()
      .post('/api/v1/password-resets/confirm')
      .set('X-Forwarded-For', newClientAddress())
      .send({ token, newPassword: 'a brand new long passphrase 12' });
    expect(confirmed.status).toBe(204);
  });
});
